package dev.lingo.vm.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.EmbeddingVectors;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.Usage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code POST /embeddings}: {@code {"model", "input": [...]}} answered by {@code data[i].embedding} (ordered by {@code index}). */
final class OpenAiEmbeddings {

    private OpenAiEmbeddings() {
    }

    static EmbeddingResponse embed(String provider, JsonHttpClient http, EmbeddingRequest request) {
        HttpReply reply = http.post("/embeddings", request.body(), Map.of());
        JsonNode json = reply.json(provider);
        JsonNode data = json.path("data");
        if (!data.isArray()) {
            throw new MalformedResponseException(provider, reply.status(), "no data in " + reply.excerpt());
        }
        List<JsonNode> items = new ArrayList<>();
        data.forEach(items::add);
        items.sort(Comparator.comparingInt(item -> item.path("index").asInt(0))); // servers may answer out of order
        List<JsonNode> arrays = items.stream().map(item -> item.path("embedding")).toList();
        List<float[]> vectors = EmbeddingVectors.read(provider, reply, arrays, request.texts().size());
        Usage usage = new Usage(json.path("usage").path("prompt_tokens").asLong(0), 0, 0, 0);
        String model = json.path("model").isTextual() ? json.get("model").asText() : request.model();
        return new EmbeddingResponse(provider, model, vectors, usage, reply.latency(), reply.limitedFor());
    }
}
