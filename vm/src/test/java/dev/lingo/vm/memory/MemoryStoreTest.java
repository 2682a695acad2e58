package dev.lingo.vm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store on its own, with hand-made vectors: ranking modes, filters, forgetting, persistence, the model stamp, the lock. */
class MemoryStoreTest {

    static final Duration WAIT = Duration.ofMillis(300);

    static MemoryEntry entry(String text, float x, float y, Map<String, Object> meta) {
        return new MemoryEntry(text, new float[] {x, y, 0.1f}, meta);
    }

    private static void fill(MemoryStore store) {
        store.remember(List.of(
                entry("the cat sleeps on the warm sofa", 1, 0, Map.of("topic", "pets", "n", 1L)),
                entry("a dog chases the ball in the park", 0.9f, 0.2f, Map.of("topic", "pets", "n", 2L)),
                entry("interest rates rise again this year", 0, 1, Map.of("topic", "money", "n", 3L)),
                entry("the sofa costs four hundred euros", 0.1f, 0.9f, Map.of("topic", "money", "n", 4L))), "test:model");
    }

    @Test
    void vectorKeywordAndHybridRankings(@TempDir Path dir) {
        try (MemoryStore store = MemoryStore.open("kb", dir.resolve("kb"), WAIT)) {
            fill(store);
            assertEquals(4, store.size());
            float[] catLike = {1, 0.05f, 0.1f};
            assertEquals("the cat sleeps on the warm sofa",
                    store.recall("sofa", catLike, "test:model", 1, Map.of(), SearchMode.VECTOR).getFirst().text());
            var byWords = store.recall("sofa price euros", catLike, "test:model", 4, Map.of(), SearchMode.KEYWORD);
            assertEquals("the sofa costs four hundred euros", byWords.getFirst().text());
            assertEquals(2, byWords.size(), "only texts with a query word");
            var hybrid = store.recall("sofa", catLike, "test:model", 2, Map.of(), SearchMode.HYBRID);
            assertEquals("the cat sleeps on the warm sofa", hybrid.getFirst().text(), "first by vector and among the keyword hits");
            assertEquals(1.0, hybrid.getFirst().score(), 1e-9, "first in both rankings scores 1");
            assertEquals(Map.of("n", 1L, "topic", "pets"), hybrid.getFirst().meta());
        }
    }

    @Test
    void filtersForgettingAndRememberingTwice(@TempDir Path dir) {
        try (MemoryStore store = MemoryStore.open("kb", dir.resolve("kb"), WAIT)) {
            fill(store);
            fill(store);
            assertEquals(4, store.size(), "the same text and metadata is one record");
            var money = store.recall("sofa", new float[] {1, 0, 0.1f}, "test:model", 5, Map.of("topic", "money"), SearchMode.HYBRID);
            assertEquals(2, money.size());
            assertTrue(money.stream().allMatch(r -> r.meta().get("topic").equals("money")));
            assertEquals(1, store.recall("x", new float[] {1, 0, 0}, "test:model", 5, Map.of("n", 2.0), SearchMode.VECTOR).size(),
                    "2.0 matches the Int 2");
            assertEquals(2, store.forget(Map.of("topic", "pets")));
            assertEquals(2, store.size());
            assertEquals(2, store.forget(Map.of()));
            assertEquals(0, store.size());
            assertEquals(List.of(), store.recall("sofa", new float[] {1, 0, 0}, "test:model", 5, Map.of(), SearchMode.HYBRID));
        }
    }

    @Test
    void survivesReopeningAndRefusesVectorsOfAnotherModel(@TempDir Path dir) {
        try (MemoryStore store = MemoryStore.open("kb", dir.resolve("kb"), WAIT)) {
            fill(store);
        }
        try (MemoryStore store = MemoryStore.open("kb", dir.resolve("kb"), WAIT)) {
            assertEquals(4, store.size());
            var e = assertThrows(MemoryException.class,
                    () -> store.remember(List.of(new MemoryEntry("x", new float[] {1, 2}, Map.of())), "other:model"));
            assertTrue(e.getMessage().contains("holds vectors of test:model (3 dimensions), not of other:model (2)"), e.getMessage());
            assertThrows(MemoryException.class, () -> store.recall("x", new float[] {1, 2}, "other:model", 3, Map.of(), SearchMode.HYBRID));
            assertEquals(4, store.recall("sofa", null, "other:model", 9, Map.of(), SearchMode.KEYWORD).size() + 2,
                    "keywords need no vectors");
        }
    }

    @Test
    void aSecondWriterWaitsThenFailsClearly(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kb");
        try (MemoryStore store = MemoryStore.open("kb", folder, WAIT)) {
            fill(store);
            try (FSDirectory other = FSDirectory.open(folder); Lock lock = other.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                var e = assertThrows(MemoryException.class, () -> fill(store));
                assertTrue(e.getMessage().contains("is being written by another process"), e.getMessage());
                assertEquals(4, store.size(), "reading goes on while another writes");
            }
            store.forget(Map.of("n", 1L));
            assertEquals(3, store.size(), "the lock is free again");
        }
    }

    @Test
    void aBadNameIsRefused(@TempDir Path dir) {
        var e = assertThrows(MemoryException.class, () -> MemoryLocation.resolve(Map.of(), dir, "../etc"));
        assertTrue(e.getMessage().contains("plain name"), e.getMessage());
        assertEquals(dir.resolve("mem").resolve("kb"), MemoryLocation.resolve(Map.of("LINGO_MEMORY_DIR", dir.resolve("mem").toString()), dir, "kb"));
    }
}
