package dev.lingo.vm.machine;

import java.util.List;

/**
 * {@code model m = cascade(cheap, better, {threshold: 0.9})}: the first chain answers each
 * classify, check or extract, asked for its confidence; when that is below the threshold, or it
 * has none, or it fails, the second chain is asked and its answer is the one used.
 *
 * @param name      the declared name, or null; the run summary uses it
 * @param first     the cheap model and its fallbacks
 * @param second    the better model and its fallbacks
 * @param threshold the least confidence (0..1) at which the first model's answer is kept
 */
public record Cascade(String name, List<ModelSpec> first, List<ModelSpec> second, double threshold) {

    public Cascade {
        first = List.copyOf(first);
        second = List.copyOf(second);
        if (first.isEmpty() || second.isEmpty()) {
            throw new IllegalArgumentException("a cascade needs two models");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("a cascade's threshold is between 0 and 1, not " + threshold);
        }
    }

    public Cascade named(String newName) {
        return new Cascade(newName, first, second, threshold);
    }

    /** How the summary names it, e.g. {@code triage} or {@code cascade(openai:gpt-4o-mini, openai:gpt-4o)}. */
    public String label() {
        return name != null ? name : "cascade(" + first.get(0) + ", " + second.get(0) + ")";
    }
}
