package dev.lingo.vm.provider;

import java.util.List;

/** Texts to turn into vectors with one embedding model, in one request. */
public record EmbeddingRequest(String model, List<String> texts) {

    public EmbeddingRequest {
        texts = List.copyOf(texts);
    }
}
