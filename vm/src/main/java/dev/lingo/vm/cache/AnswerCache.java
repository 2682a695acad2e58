package dev.lingo.vm.cache;

import dev.lingo.vm.trace.PriceTable;
import java.time.Instant;
import java.util.Optional;

/**
 * The answer cache of the model machine: an in-memory LRU in front of a SQLite file
 * ({@link SqliteAnswerStore}). Follows the run's {@link CacheMode}; leaves sampled requests alone
 * unless asked to cache them; ignores answers older than the TTL. Only answers are stored, never
 * failures. Each hit carries what it would have cost. Thread-safe, and safe to share the file
 * with other processes.
 */
public final class AnswerCache implements AutoCloseable {

    private final CacheSettings settings;
    private final PriceTable prices;
    private final SqliteAnswerStore store;
    private final AnswerLru memory;
    private long hits;
    private long memoryHits;
    private long misses;
    private long stores;
    private double savedCost;
    private long unpricedHits;

    private AnswerCache(CacheSettings settings, PriceTable prices, SqliteAnswerStore store) {
        this.settings = settings;
        this.prices = prices;
        this.store = store;
        this.memory = new AnswerLru(settings.memoryEntries());
    }

    /** Opens (creating if needed) the cache file; in {@link CacheMode#NO_CACHE} touches nothing on disk. */
    public static AnswerCache open(CacheSettings settings, PriceTable prices) {
        if (settings.mode() == CacheMode.NO_CACHE) {
            return new AnswerCache(settings, prices, null);
        }
        return new AnswerCache(settings, prices, SqliteAnswerStore.open(settings.file(), settings.lockTimeout()));
    }

    /** A cache that neither reads nor writes ({@code --no-cache}). */
    public static AnswerCache disabled() {
        return open(new CacheSettings(null, CacheMode.NO_CACHE, null, false, 0, CacheSettings.DEFAULT_LOCK_TIMEOUT),
                PriceTable.empty());
    }

    public CacheSettings settings() {
        return settings;
    }

    /** Whether {@link #lookup} may answer this request. */
    public boolean reads(CacheKey key) {
        return settings.mode().reads() && (!key.sampled() || settings.cacheSampled());
    }

    /** Whether {@link #store} keeps this request's answer. */
    public boolean writes(CacheKey key) {
        return settings.mode().writes() && (!key.sampled() || settings.cacheSampled());
    }

    /** The stored answer, when the mode allows reading, one exists and it is younger than the TTL. */
    public Optional<CacheHit> lookup(CacheKey key) {
        if (!reads(key)) {
            return Optional.empty();
        }
        CachedAnswer answer = memory.get(key.hash());
        boolean fromMemory = answer != null;
        if (answer == null) {
            answer = store.get(key.hash());
            if (answer != null) {
                memory.put(key.hash(), answer);
            }
        }
        if (answer == null || expired(answer)) {
            count(null);
            return Optional.empty();
        }
        CacheHit hit = new CacheHit(answer, prices.cost(answer.provider(), answer.model(), answer.usage()), fromMemory);
        count(hit);
        return Optional.of(hit);
    }

    /** Keeps a successful call's answer, if the mode and the sampling rule allow. Durable when it returns. */
    public boolean store(CacheKey key, CachedAnswer answer) {
        if (!writes(key)) {
            return false;
        }
        store.put(key.hash(), answer);
        memory.put(key.hash(), answer);
        synchronized (this) {
            stores++;
        }
        return true;
    }

    /** A hit the caller could not use (its text no longer fits the type): counted as a miss, dropped from memory. */
    public synchronized void discard(CacheKey key, CacheHit hit) {
        memory.remove(key.hash());
        hits--;
        memoryHits -= hit.fromMemory() ? 1 : 0;
        if (hit.cost() == null) {
            unpricedHits--;
        } else {
            savedCost -= hit.cost();
        }
        misses++;
    }

    private boolean expired(CachedAnswer answer) {
        return settings.ttl() != null && answer.createdAt().plus(settings.ttl()).isBefore(Instant.now());
    }

    private synchronized void count(CacheHit hit) {
        if (hit == null) {
            misses++;
            return;
        }
        hits++;
        memoryHits += hit.fromMemory() ? 1 : 0;
        if (hit.cost() == null) {
            unpricedHits++;
        } else {
            savedCost += hit.cost();
        }
    }

    public synchronized CacheStats stats() {
        return new CacheStats(hits, memoryHits, misses, stores, savedCost, unpricedHits);
    }

    /** Answers on disk (0 when the cache is off). */
    public long size() {
        return store == null ? 0 : store.size();
    }

    /** Deletes the answers older than the TTL from disk; returns how many (0 without a TTL). */
    public long prune() {
        if (store == null || settings.ttl() == null) {
            return 0;
        }
        return store.removeOlderThan(Instant.now().minus(settings.ttl()));
    }

    /** Forgets every answer, on disk and in memory. */
    public void clear() {
        if (store != null) {
            store.clear();
        }
        memory.clear();
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
