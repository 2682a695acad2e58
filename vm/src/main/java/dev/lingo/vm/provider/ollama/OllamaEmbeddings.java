package dev.lingo.vm.provider.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.EmbeddingVectors;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.Usage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code POST /api/embed}: {@code {"model", "input": [...]}} answered by {@code embeddings} (one array per input). */
final class OllamaEmbeddings {

    private OllamaEmbeddings() {
    }

    static EmbeddingResponse embed(String provider, JsonHttpClient http, EmbeddingRequest request) {
        HttpReply reply = http.post("/api/embed", request.body(), Map.of());
        JsonNode json = reply.json(provider);
        JsonNode embeddings = json.path("embeddings");
        if (!embeddings.isArray()) {
            throw new MalformedResponseException(provider, reply.status(), "no embeddings in " + reply.excerpt());
        }
        List<JsonNode> arrays = new ArrayList<>();
        embeddings.forEach(arrays::add);
        List<float[]> vectors = EmbeddingVectors.read(provider, reply, arrays, request.texts().size());
        Usage usage = new Usage(json.path("prompt_eval_count").asLong(0), 0, 0, 0);
        String model = json.path("model").isTextual() ? json.get("model").asText() : request.model();
        return new EmbeddingResponse(provider, model, vectors, usage, reply.latency(), reply.limitedFor());
    }
}
