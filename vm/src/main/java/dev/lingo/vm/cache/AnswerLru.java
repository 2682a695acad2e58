package dev.lingo.vm.cache;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The in-memory front of the cache: the most recently used answers, at most {@code capacity}, so
 * a hot loop over the same questions never touches the disk. Thread-safe.
 */
final class AnswerLru {

    private final int capacity;
    private final LinkedHashMap<String, CachedAnswer> entries;

    AnswerLru(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, CachedAnswer> eldest) {
                return size() > AnswerLru.this.capacity;
            }
        };
    }

    synchronized CachedAnswer get(String hash) {
        return entries.get(hash);
    }

    synchronized void put(String hash, CachedAnswer answer) {
        if (capacity > 0) {
            entries.put(hash, answer);
        }
    }

    synchronized void remove(String hash) {
        entries.remove(hash);
    }

    synchronized void clear() {
        entries.clear();
    }

    synchronized int size() {
        return entries.size();
    }
}
