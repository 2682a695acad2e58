package dev.lingo.vm.machine;

import java.util.List;

/**
 * Vectors, one per text, and the model that made them ({@code provider:model}, e.g.
 * {@code offline:all-minilm-l6-v2}): after a fallback it is not the first model of the chain.
 */
public record Embeddings(List<float[]> vectors, String model) {

    public Embeddings {
        vectors = List.copyOf(vectors);
    }
}
