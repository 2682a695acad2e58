package dev.lingo.vm.schedule;

import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.TraceSink;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Counts a run's progress and tells listeners after every change. Listeners run on the thread
 * that made the change (a worker), so they must be quick and thread-safe: a progress bar should
 * only remember the snapshot and redraw on its own schedule. A {@link TraceSink} too, for the cost.
 */
public final class ProgressTracker implements TraceSink {

    private final List<Consumer<RunProgress>> listeners = new CopyOnWriteArrayList<>();
    private RunProgress now = RunProgress.NONE;
    private final java.util.concurrent.atomic.AtomicLong prefetched = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong wasted = new java.util.concurrent.atomic.AtomicLong();

    /** Calls the language started ahead of the program, and those of them it never used. */
    public void prefetched(int started, int unused) {
        prefetched.addAndGet(started);
        wasted.addAndGet(unused);
    }

    public long prefetchedCalls() {
        return prefetched.get();
    }

    public long wastedCalls() {
        return wasted.get();
    }

    public void addListener(Consumer<RunProgress> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RunProgress> listener) {
        listeners.remove(listener);
    }

    public synchronized RunProgress snapshot() {
        return now;
    }

    public void submitted() {
        change(p -> new RunProgress(p.submitted() + 1, p.done(), p.failed(), p.inFlight(), p.cacheHits(), p.shared(), p.retries(), p.cost()));
    }

    public void done() {
        change(p -> new RunProgress(p.submitted(), p.done() + 1, p.failed(), p.inFlight(), p.cacheHits(), p.shared(), p.retries(), p.cost()));
    }

    public void failed() {
        change(p -> new RunProgress(p.submitted(), p.done(), p.failed() + 1, p.inFlight(), p.cacheHits(), p.shared(), p.retries(), p.cost()));
    }

    /** An opcode was answered from the answer cache (the cache calls this). */
    public void cacheHit() {
        change(p -> new RunProgress(p.submitted(), p.done(), p.failed(), p.inFlight(), p.cacheHits() + 1, p.shared(), p.retries(), p.cost()));
    }

    /** An opcode joined an identical request in flight instead of calling. */
    public void shared() {
        change(p -> new RunProgress(p.submitted(), p.done(), p.failed(), p.inFlight(), p.cacheHits(), p.shared() + 1, p.retries(), p.cost()));
    }

    void retried() {
        change(p -> new RunProgress(p.submitted(), p.done(), p.failed(), p.inFlight(), p.cacheHits(), p.shared(), p.retries() + 1, p.cost()));
    }

    /** Requests under way changed by {@code delta}; lines of a Batch API job count while their job runs. */
    public void inFlight(int delta) {
        change(p -> new RunProgress(p.submitted(), p.done(), p.failed(), p.inFlight() + delta, p.cacheHits(), p.shared(), p.retries(), p.cost()));
    }

    @Override
    public void record(CallRecord record) {
        if (record.cost() != null && record.cost() > 0) {
            change(p -> new RunProgress(p.submitted(), p.done(), p.failed(), p.inFlight(), p.cacheHits(), p.shared(), p.retries(), p.cost() + record.cost()));
        }
    }

    private void change(java.util.function.UnaryOperator<RunProgress> update) {
        // Listeners hear changes in the order they happened: notifying outside the lock let an
        // older snapshot arrive after a newer one (a progress bar stuck one call behind).
        synchronized (this) {
            now = update.apply(now);
            for (Consumer<RunProgress> listener : listeners) {
                listener.accept(now);
            }
        }
    }
}
