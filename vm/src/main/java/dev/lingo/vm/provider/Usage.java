package dev.lingo.vm.provider;

/**
 * Tokens of one or more calls, normalised across providers.
 *
 * @param inputTokens       every prompt token, including those read from or written to a cache
 * @param outputTokens      generated tokens
 * @param cachedInputTokens prompt tokens read from the provider's prompt cache (cheaper)
 * @param cacheWriteTokens  prompt tokens written to the provider's prompt cache (Anthropic bills these extra)
 */
public record Usage(long inputTokens, long outputTokens, long cachedInputTokens, long cacheWriteTokens) {

    public static final Usage ZERO = new Usage(0, 0, 0, 0);

    public Usage plus(Usage other) {
        return new Usage(inputTokens + other.inputTokens, outputTokens + other.outputTokens,
                cachedInputTokens + other.cachedInputTokens, cacheWriteTokens + other.cacheWriteTokens);
    }
}
