package dev.lingo.vm.provider;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Texts to turn into vectors with one embedding model, in one request. */
public record EmbeddingRequest(String model, List<String> texts) {

    public EmbeddingRequest {
        texts = List.copyOf(texts);
    }

    /** {@code {"model", "input": [...]}}: the body OpenAI's {@code /embeddings} and Ollama's {@code /api/embed} both take. */
    public ObjectNode body() {
        ObjectNode body = JsonNodeFactory.instance.objectNode().put("model", model);
        texts.forEach(body.putArray("input")::add);
        return body;
    }
}
