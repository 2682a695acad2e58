package dev.lingo.vm.batch.openai;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs a job's cache writes at once, each on a virtual thread: the answer cache commits writes that
 * arrive together in one transaction (one disk sync), so a thousand answers cost a few syncs, not a
 * thousand. Returns when all are durable; the first failure is thrown.
 */
final class GroupedStores {

    private GroupedStores() {
    }

    static void run(List<Runnable> stores) {
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            stores.forEach(s -> done.add(threads.submit(s)));
        }
        for (Future<?> f : done) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while storing batch answers", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
