package dev.lingo.vm.cache;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/** The cache's warnings of one run, each topic at most once: a broken disk must not repeat itself per answer. */
final class CacheWarnings {

    private final Consumer<String> out;
    private final Set<String> given = ConcurrentHashMap.newKeySet();

    CacheWarnings(Consumer<String> out) {
        this.out = out;
    }

    void once(String topic, String text) {
        if (given.add(topic)) {
            out.accept("lingo: " + text);
        }
    }
}
