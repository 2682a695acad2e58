package dev.lingo.vm.cache;

import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.sampledKey;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.PriceTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hits, misses, the TTL, the three modes and the sampling rule, on a real SQLite file. */
class AnswerCacheTest {

    @TempDir
    Path dir;

    private final PriceTable prices = PriceTable.builtIn();

    @Test
    void anAnswerStoredInOneRunIsAHitInTheNext() {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            assertTrue(cache.lookup(key("capital of France?")).isEmpty());
            assertTrue(cache.store(key("capital of France?"), answer("Paris")));
        }
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            CacheHit hit = cache.lookup(key("capital of France?")).orElseThrow();
            assertEquals("Paris", hit.answer().answer());
            assertEquals(new Usage(1000, 200, 0, 0), hit.answer().usage());
            assertFalse(hit.fromMemory(), "a new process starts with an empty memory");
            assertTrue(cache.lookup(key("capital of France?")).orElseThrow().fromMemory());
            assertTrue(cache.lookup(key("capital of Spain?")).isEmpty());
            assertEquals(1, cache.size());
            assertEquals(new CacheStats(2, 1, 1, 0, cache.stats().savedCost(), 0), cache.stats());
        }
        assertTrue(Files.isRegularFile(dir.resolve(CacheSettings.FILE_NAME)));
    }

    @Test
    void aHitSaysWhatItWouldHaveCost() {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            cache.store(key("q"), answer("a"));
            cache.store(key("unpriced"), new CachedAnswer("openai", "no-such-model", "a", new Usage(10, 10, 0, 0),
                    Instant.now(), "unpriced"));
            double expected = prices.cost("openai", "gpt-4o-mini", new Usage(1000, 200, 0, 0));
            assertTrue(expected > 0);
            assertEquals(expected, cache.lookup(key("q")).orElseThrow().cost(), 1e-12);
            assertEquals(expected, cache.lookup(key("q")).orElseThrow().cost(), 1e-12);
            assertNull(cache.lookup(key("unpriced")).orElseThrow().cost());
            CacheStats stats = cache.stats();
            assertEquals(2 * expected, stats.savedCost(), 1e-12);
            assertEquals(1, stats.unpricedHits());
            assertEquals(String.format(java.util.Locale.ROOT, "3 answers from cache (saved $%.6f + 1 unpriced)", 2 * expected),
                    stats.summary());
        }
    }

    @Test
    void answersOlderThanTheTtlAreMissesAndArePruned() {
        Instant now = Instant.now();
        try (AnswerCache cache = AnswerCache.open(settings(dir).withTtl(Duration.ofHours(1)), prices)) {
            cache.store(key("old"), answer("stale", now.minus(Duration.ofHours(2))));
            cache.store(key("young"), answer("fresh", now.minus(Duration.ofMinutes(30))));
            assertTrue(cache.lookup(key("old")).isEmpty());
            assertEquals("fresh", cache.lookup(key("young")).orElseThrow().answer().answer());
            cache.store(key("old"), answer("renewed", now));
            assertEquals("renewed", cache.lookup(key("old")).orElseThrow().answer().answer());
            cache.store(key("older"), answer("stale", now.minus(Duration.ofDays(3))));
            assertEquals(1, cache.prune());
            assertEquals(2, cache.size());
        }
        try (AnswerCache noTtl = AnswerCache.open(settings(dir), prices)) {
            noTtl.store(key("ancient"), answer("still good", now.minus(Duration.ofDays(3650))));
            assertTrue(noTtl.lookup(key("ancient")).isPresent());
        }
    }

    @Test
    void answersOlderThanACutoffAreRemovedFromDiskAndMemory() {
        Instant now = Instant.now();
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            cache.store(key("old"), answer("stale", now.minus(Duration.ofDays(40))));
            cache.store(key("young"), answer("fresh", now.minus(Duration.ofDays(2))));
            assertTrue(cache.lookupInMemory(key("old")).isPresent(), "a stored answer is in memory");
            assertEquals(1, cache.removeOlderThan(now.minus(Duration.ofDays(30))));
            assertTrue(cache.lookup(key("old")).isEmpty(), "memory still answered a removed question");
            assertTrue(cache.lookup(key("young")).isPresent());
            assertEquals(1, cache.clear());
            assertEquals(0, cache.size());
        }
    }

    @Test
    void infoCountsAnswersPerProviderAndModelWithTheirDates() throws Exception {
        Instant now = Instant.now();
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            assertEquals(0, cache.info().answers());
            assertNull(cache.info().oldest());
            cache.store(key("a"), answer("1", now.minus(Duration.ofDays(9))));
            cache.store(key("b"), answer("2", now));
            cache.store(key("c"), new CachedAnswer("anthropic", "claude", "3", new Usage(1, 1, 0, 0),
                    now.minus(Duration.ofDays(1)), "c"));
            CacheInfo info = cache.info();
            assertEquals(List.of(
                    new CacheInfo.ModelAnswers("openai", "gpt-4o-mini", 2, now.minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MILLIS),
                            now.truncatedTo(ChronoUnit.MILLIS), new Usage(2000, 400, 0, 0)),
                    new CacheInfo.ModelAnswers("anthropic", "claude", 1, now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS),
                            now.minus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MILLIS), new Usage(1, 1, 0, 0))), info.models());
            assertEquals(3, info.answers());
            assertEquals(now.minus(Duration.ofDays(9)).truncatedTo(ChronoUnit.MILLIS), info.oldest());
            assertEquals(now.truncatedTo(ChronoUnit.MILLIS), info.newest());
            assertEquals(dir.resolve(CacheSettings.FILE_NAME), info.file());
            assertTrue(info.bytesOnDisk() >= Files.size(info.file()) && info.bytesOnDisk() > 0);
        }
    }

    @Test
    void noCacheNeitherReadsNorWritesNorCreatesAFile() {
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMode(CacheMode.NO_CACHE), prices)) {
            assertFalse(cache.store(key("q"), answer("a")));
            assertTrue(cache.lookup(key("q")).isEmpty());
            assertEquals(0, cache.size());
        }
        assertFalse(Files.exists(dir.resolve(CacheSettings.FILE_NAME)));
        try (AnswerCache off = AnswerCache.disabled()) {
            assertFalse(off.store(key("q"), answer("a")));
        }
    }

    @Test
    void refreshDoesNotReadButReplacesWhatItAsksAgain() {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            cache.store(key("q"), answer("old answer"));
        }
        try (AnswerCache refresh = AnswerCache.open(settings(dir).withMode(CacheMode.REFRESH), prices)) {
            assertTrue(refresh.lookup(key("q")).isEmpty());
            assertTrue(refresh.store(key("q"), answer("new answer")));
            assertTrue(refresh.lookup(key("q")).isEmpty(), "refresh never reads, not even what it just wrote");
        }
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            assertEquals("new answer", cache.lookup(key("q")).orElseThrow().answer().answer());
        }
    }

    @Test
    void sampledRequestsAreCachedOnlyWhenAsked() {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            assertFalse(cache.store(sampledKey("a poem"), answer("roses")));
            assertTrue(cache.lookup(sampledKey("a poem")).isEmpty());
            assertEquals(0, cache.size());
        }
        try (AnswerCache cache = AnswerCache.open(settings(dir).withCacheSampled(true), prices)) {
            assertTrue(cache.store(sampledKey("a poem"), answer("roses")));
            assertEquals("roses", cache.lookup(sampledKey("a poem")).orElseThrow().answer().answer());
        }
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            assertTrue(cache.lookup(sampledKey("a poem")).isEmpty(), "stored when asked, still not served by default");
        }
    }

    @Test
    void theMemoryHoldsAtMostItsSizeAndTheDiskKeepsEverything() {
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMemoryEntries(2), prices)) {
            for (String k : List.of("a", "b", "c", "d")) {
                cache.store(key(k), answer(k.toUpperCase()));
            }
            int fromMemory = 0;
            for (String k : List.of("a", "b", "c", "d")) {
                CacheHit hit = cache.lookup(key(k)).orElseThrow();
                assertEquals(k.toUpperCase(), hit.answer().answer());
                fromMemory += hit.fromMemory() ? 1 : 0;
            }
            assertTrue(fromMemory <= 2, "at most two answers fit in memory, " + fromMemory + " came from it");
            assertEquals(4, cache.size());
            assertEquals(4, cache.stats().hits());
            assertEquals(fromMemory, cache.stats().memoryHits());
        }
    }

    @Test
    void theMemoryKeepsAHotAnswerAndDropsColdOnes() {
        AnswerMemory memory = new AnswerMemory(3);
        memory.put("hot", answer("hot"));
        for (int i = 0; i < 200; i++) {
            assertEquals("hot", memory.get("hot").answer());
            memory.put("cold" + i, answer("cold" + i));
            memory.get("cold" + i);
        }
        assertEquals("hot", memory.get("hot").answer());
        assertTrue(memory.size() <= 3, "size " + memory.size());
        memory.remove("hot");
        assertNull(memory.get("hot"));
        memory.clear();
        assertEquals(0, memory.size());
        AnswerMemory none = new AnswerMemory(0);
        none.put("x", answer("x"));
        assertNull(none.get("x"));
    }
}
