package dev.lingo.examples.embedding;

import java.util.List;

/** What the Lingo script computed for one product, copied out of its result record. */
public record ProductScore(String product, int reviews, double average, List<String> flagged) {
}
