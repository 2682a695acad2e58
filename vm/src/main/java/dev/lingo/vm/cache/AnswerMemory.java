package dev.lingo.vm.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The in-memory front of the cache: the most recently used answers, at most {@code capacity}, so
 * a hot loop over the same questions never touches the disk. Caffeine rather than a locked
 * LinkedHashMap: every worker of a warm rerun reads and fills it at once. Thread-safe.
 */
final class AnswerMemory {

    private final int capacity;
    private final Cache<String, CachedAnswer> entries;

    AnswerMemory(int capacity) {
        this.capacity = capacity;
        // run maintenance on the calling thread: no background tasks outlive the run
        this.entries = Caffeine.newBuilder().maximumSize(Math.max(0, capacity)).executor(Runnable::run).build();
    }

    CachedAnswer get(String hash) {
        return entries.getIfPresent(hash);
    }

    void put(String hash, CachedAnswer answer) {
        if (capacity > 0) {
            entries.put(hash, answer);
        }
    }

    void remove(String hash) {
        entries.invalidate(hash);
    }

    void clear() {
        entries.invalidateAll();
    }

    int size() {
        entries.cleanUp();
        return (int) entries.estimatedSize();
    }
}
