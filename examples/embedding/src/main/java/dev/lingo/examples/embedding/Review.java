package dev.lingo.examples.embedding;

import java.util.Map;

/** One customer review as the Java service holds it. */
public record Review(String product, int stars, String text) {

    /** The form the review crosses into Lingo as: a map with string keys reads there like a record. */
    Map<String, Object> asMap() {
        return Map.of("product", product, "stars", stars, "text", text);
    }
}
