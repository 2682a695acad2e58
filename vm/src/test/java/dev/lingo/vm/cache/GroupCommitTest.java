package dev.lingo.vm.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Each submit returns only once its own item is written; writes that arrive together share a batch. */
class GroupCommitTest {

    @Test
    void everySubmitReturnsAfterItsItemIsWrittenAndConcurrentOnesShareBatches() throws Exception {
        List<List<Integer>> batches = new CopyOnWriteArrayList<>();
        Set<Integer> written = java.util.concurrent.ConcurrentHashMap.newKeySet();
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            sleep(20); // a disk sync
            batches.add(batch);
            written.addAll(batch);
        });
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int item = t;
                done.add(pool.submit(() -> {
                    start.await();
                    commits.submit(item);
                    assertTrue(written.contains(item), "returned before item " + item + " was written");
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> all = batches.stream().flatMap(List::stream).toList();
        assertEquals(threads, all.size(), "each item written exactly once");
        assertEquals(threads, new HashSet<>(all).size());
        assertTrue(batches.size() < threads, "items that waited together were committed together: " + batches);
    }

    @Test
    void aFailedCommitFailsTheSubmitAndTheNextCommitStartsClean() {
        List<Integer> written = new ArrayList<>();
        GroupCommit<Integer> commits = new GroupCommit<>(batch -> {
            if (batch.contains(13)) {
                throw new CacheException("disk full", null);
            }
            written.addAll(batch);
        });
        CacheException e = assertThrows(CacheException.class, () -> commits.submit(13));
        assertEquals("disk full", e.getMessage());
        commits.submit(14);
        assertEquals(List.of(14), written);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
