package dev.lingo.vm.trace;

import dev.lingo.vm.provider.Usage;

/** US dollars per million tokens, by kind of token. */
public record ModelPrice(double input, double output, double cachedInput, double cacheWrite) {

    /** The cost of {@code usage}: cached and cache-write prompt tokens at their own prices, the rest at {@link #input}. */
    public double cost(Usage usage) {
        long plainInput = Math.max(0, usage.inputTokens() - usage.cachedInputTokens() - usage.cacheWriteTokens());
        double micro = plainInput * input + usage.cachedInputTokens() * cachedInput
                + usage.cacheWriteTokens() * cacheWrite + usage.outputTokens() * output;
        return micro / 1_000_000.0;
    }
}
