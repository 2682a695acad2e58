package dev.lingo.vm.cache;

/**
 * An answer found in the cache.
 *
 * @param cost       US dollars the call would have cost without the cache (the stored usage at
 *                   today's prices); null when the model has no price
 * @param fromMemory found in the bounded in-memory front rather than on disk
 */
public record CacheHit(CachedAnswer answer, Double cost, boolean fromMemory) {
}
