package dev.lingo.vm.cache;

import java.util.Locale;

/**
 * What the cache did in one run, for the run summary.
 *
 * @param hits         lookups answered from the cache (memory or disk)
 * @param memoryHits   of those, answered by the bounded in-memory front
 * @param misses       lookups that found nothing usable (absent or older than the TTL)
 * @param stores       answers written
 * @param savedCost    US dollars the hits would have cost without the cache (priced hits only)
 * @param unpricedHits hits of models with no price, not in {@code savedCost}
 */
public record CacheStats(long hits, long memoryHits, long misses, long stores, double savedCost, long unpricedHits) {

    /** E.g. {@code 12 answers from cache (saved $0.420000)}, or empty when nothing was a hit. */
    public String summary() {
        if (hits == 0) {
            return "";
        }
        StringBuilder s = new StringBuilder().append(hits).append(hits == 1 ? " answer" : " answers").append(" from cache");
        s.append(String.format(Locale.ROOT, " (saved $%.6f", savedCost));
        if (unpricedHits > 0) {
            s.append(" + ").append(unpricedHits).append(" unpriced");
        }
        return s.append(')').toString();
    }
}
