package dev.lingo.vm.provider;

import java.time.Duration;
import java.util.List;

/** One vector per text of the request, in its order; the tokens the provider counted (input only). */
public record EmbeddingResponse(String provider, String model, List<float[]> vectors, Usage usage, Duration latency,
                                Duration limitedFor) {

    public EmbeddingResponse {
        vectors = List.copyOf(vectors);
    }
}
