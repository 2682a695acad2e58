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
    private long submitted;
    private long done;
    private long failed;
    private int inFlight;
    private long cacheHits;
    private long shared;
    private long retries;
    private double cost;
    private long cancelled;
    private long prefetched;
    private long wasted;
    private long unread;
    private long finishedAtEnd;

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
        change(() -> submitted++);
    }

    public void done() {
        change(() -> done++);
    }

    public void failed() {
        change(() -> failed++);
    }

    /** An opcode was cancelled before its request was sent. */
    public void cancelled() {
        change(() -> cancelled++);
    }

    /** An opcode was answered from the answer cache (the cache calls this). */
    public void cacheHit() {
        change(() -> cacheHits++);
    }

    /** An opcode joined an identical request in flight instead of calling. */
    public void shared() {
        change(() -> shared++);
    }

    void retried() {
        change(() -> retries++);
    }

    /** Requests under way changed by {@code delta}; lines of a Batch API job count while their job runs. */
    public void inFlight(int delta) {
        change(() -> inFlight += delta);
    }

    /** The language started {@code started} opcodes ahead of the program; {@code unused} of them were not needed. */
    public void prefetched(long started, long unused) {
        change(() -> {
            prefetched += started;
            wasted += unused;
        });
    }

    /** The language says {@code count} more answers were never read by the program. */
    public void unread(long count) {
        change(() -> unread += count);
    }

    /** {@code count} opcodes still under way when the program ended were waited for. */
    public void finishedAtEnd(long count) {
        change(() -> finishedAtEnd += count);
    }

    @Override
    public void record(CallRecord record) {
        if (record.cost() != null && record.cost() > 0) {
            change(() -> cost += record.cost());
        }
    }

    private void change(Runnable update) {
        // Listeners hear changes in the order they happened: notifying outside the lock let an
        // older snapshot arrive after a newer one (a progress bar stuck one call behind).
        synchronized (this) {
            update.run();
            now = new RunProgress(submitted, done, failed, inFlight, cacheHits, shared, retries, cost, cancelled,
                    prefetched, wasted, unread, finishedAtEnd);
            for (Consumer<RunProgress> listener : listeners) {
                listener.accept(now);
            }
        }
    }
}
