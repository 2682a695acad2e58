package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.PriceTable;
import java.nio.file.Path;
import java.time.Instant;

/**
 * A program run in a child JVM by {@link ConcurrentCacheTest}: stores {@code count} answers named
 * {@code <prefix>-i}, and {@code shared} answers named {@code shared-i} that another process
 * stores at the same time, reading each back at once. Prints {@code ok} when all went through.
 */
public final class CacheWriterProbe {

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        int count = Integer.parseInt(args[2]);
        int shared = Integer.parseInt(args[3]);
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir).withMemoryEntries(0), PriceTable.empty())) {
            for (int i = 0; i < Math.max(count, shared); i++) {
                if (i < count) {
                    put(cache, prefix + "-" + i);
                }
                if (i < shared) {
                    put(cache, "shared-" + i);
                }
            }
        }
        System.out.println("ok");
    }

    private static void put(AnswerCache cache, String name) {
        CacheKey key = CacheFixtures.key(name);
        cache.store(key, new CachedAnswer("openai", "gpt-4o-mini", "answer " + name, new Usage(1, 1, 0, 0), Instant.now(), name));
        if (!cache.lookup(key).orElseThrow().answer().answer().equals("answer " + name)) {
            throw new IllegalStateException("read back something else for " + name);
        }
    }
}
