package dev.lingo.vm.batch;

import dev.lingo.vm.provider.Usage;

/**
 * One request's tokens shared evenly among the items it answered; the remainder goes one token
 * each to the first items, so the shares add up to exactly what was reported.
 */
final class UsageSplit {

    private UsageSplit() {
    }

    static Usage share(Usage total, int parts, int index) {
        if (parts < 1 || index < 0 || index >= parts) {
            throw new IllegalArgumentException("share " + index + " of " + parts);
        }
        return new Usage(part(total.inputTokens(), parts, index), part(total.outputTokens(), parts, index),
                part(total.cachedInputTokens(), parts, index), part(total.cacheWriteTokens(), parts, index));
    }

    private static long part(long total, int parts, int index) {
        return total / parts + (index < total % parts ? 1 : 0);
    }
}
