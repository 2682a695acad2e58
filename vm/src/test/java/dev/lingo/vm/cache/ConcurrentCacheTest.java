package dev.lingo.vm.cache;

import dev.lingo.vm.testing.ChildJvm;
import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.trace.PriceTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many threads of one process, and two processes, using one cache file at the same time. */
class ConcurrentCacheTest {

    @TempDir
    Path dir;

    @Test
    void twoThreadsHammeringTheSameKeysSeeOnlyWholeAnswers() throws Exception {
        int keys = 20;
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMemoryEntries(5), PriceTable.empty())) {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> worker = () -> {
                start.await();
                int stored = 0;
                for (int round = 0; round < 300; round++) {
                    String name = "k" + (round % keys);
                    var hit = cache.lookup(key(name));
                    if (hit.isPresent()) {
                        assertEquals("answer to " + name, hit.get().answer().answer());
                    } else {
                        cache.store(key(name), answer("answer to " + name));
                        stored++;
                    }
                    if (round % 50 == 49) {
                        cache.store(key(name), answer("answer to " + name)); // overwrite while the other reads
                    }
                }
                return stored;
            };
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> a = pool.submit(worker);
                Future<Integer> b = pool.submit(worker);
                start.countDown();
                int stored = a.get(60, TimeUnit.SECONDS) + b.get(60, TimeUnit.SECONDS);
                assertTrue(stored >= keys && stored <= 2 * keys, "each key missed once per thread at most: " + stored);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(keys, cache.size());
        }
    }

    @Test
    void concurrentStoresAreAllDurable() throws Exception {
        int threads = 8;
        int each = 40;
        try (AnswerCache cache = AnswerCache.open(settings(dir), PriceTable.empty())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int thread = t;
                    done.add(pool.submit(() -> {
                        for (int i = 0; i < each; i++) {
                            cache.store(key(thread + "/" + i), answer("v" + thread + "/" + i));
                        }
                    }));
                }
                for (Future<?> f : done) {
                    f.get(60, TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
        }
        try (AnswerCache reopened = AnswerCache.open(settings(dir).withMemoryEntries(0), PriceTable.empty())) {
            assertEquals(threads * each, reopened.size());
            assertEquals("v7/39", reopened.lookup(key("7/39")).orElseThrow().answer().answer());
        }
    }

    @Test
    void twoProcessesWriteTheSameFileAtOnce() throws Exception {
        Process a = probe("a");
        Process b = probe("b");
        String outA = finish(a);
        String outB = finish(b);
        assertEquals(0, a.exitValue(), outA);
        assertEquals(0, b.exitValue(), outB);
        assertEquals("ok", outA.strip());
        assertEquals("ok", outB.strip());
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMemoryEntries(0), PriceTable.empty())) {
            assertEquals(150 + 150 + 60, cache.size());
            for (String name : List.of("a-149", "b-0", "shared-59")) {
                assertEquals("answer " + name, cache.lookup(key(name)).orElseThrow().answer().answer());
            }
        }
    }

    private Process probe(String prefix) throws Exception {
        return new ProcessBuilder(ChildJvm.command(CacheWriterProbe.class, dir.toString(), prefix, "150", "60"))
                .redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
        }
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
