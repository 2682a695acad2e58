package dev.lingo.vm.schedule;

import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Calls the program submitted that have not reached some place yet (the admission, the budget): each
 * keeps its claim there from later calls until it arrives, or for a while at most. Guarded by its
 * owner's lock: {@link #expect} and {@link #arrived} take it, the rest are called under it.
 */
final class CallsOnTheWay {

    /** Place in line -> when its hold ends. */
    private final TreeMap<Long, Long> holdEnds = new TreeMap<>();
    private final ReentrantLock lock;
    private final LongSupplier clock;
    private final long holdNanos;

    CallsOnTheWay(ReentrantLock lock, LongSupplier clock, long holdNanos) {
        this.lock = lock;
        this.clock = clock;
        this.holdNanos = holdNanos;
    }

    /** The call at {@code order} was submitted and is on its way. */
    void expect(long order) {
        lock.lock();
        try {
            holdEnds.put(order, clock.getAsLong() + holdNanos);
        } finally {
            lock.unlock();
        }
    }

    /** The call at {@code order} arrived or will not come; if it was still on its way, {@code thenUnderLock} runs. */
    void arrived(long order, Runnable thenUnderLock) {
        lock.lock();
        try {
            if (holdEnds.remove(order) != null) {
                thenUnderLock.run();
            }
        } finally {
            lock.unlock();
        }
    }

    boolean isEmpty() {
        return holdEnds.isEmpty();
    }

    /** Drops the calls held long enough: later calls may have their claim. */
    void expire(long now) {
        while (!holdEnds.isEmpty() && holdEnds.firstEntry().getValue() - now <= 0) {
            holdEnds.pollFirstEntry();
        }
    }

    /** When the hold of the earliest call on its way ends (call only when not empty). */
    long firstHoldEnd() {
        return holdEnds.firstEntry().getValue();
    }

    /** How many calls before {@code order} are on their way (counting to {@code limit} at most). */
    int before(long order, int limit) {
        int n = 0;
        for (Long o : holdEnds.keySet()) {
            if (o >= order || n >= limit) {
                break;
            }
            n++;
        }
        return n;
    }
}
