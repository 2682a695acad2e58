package dev.lingo.vm.machine;

import dev.lingo.vm.schedule.CallTicket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The opcodes of a run that have not ended, and how many of them have not been sent yet: what
 * {@link ModelMachine#drain} and {@link ModelMachine#awaitCapacity} wait on. Thread-safe.
 */
final class OpenCalls {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private int unsent;
    private long open;

    /** A new opcode, open and unsent until its ticket stops waiting and {@link #ended} is called. */
    CallTicket opened() {
        update(+1, +1);
        return new CallTicket(() -> update(-1, 0));
    }

    void ended() {
        update(0, -1);
    }

    int unsent() {
        lock.lock();
        try {
            return unsent;
        } finally {
            lock.unlock();
        }
    }

    long open() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    /** Waits while {@code bound} or more opcodes are unsent. */
    void awaitUnsentBelow(int bound) throws InterruptedException {
        lock.lock();
        try {
            while (unsent >= bound) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until no opcode is open, at most {@code max}; false when some still are. */
    boolean awaitNoneOpen(Duration max) throws InterruptedException {
        long left = max.toNanos();
        lock.lock();
        try {
            while (open > 0) {
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void update(int unsentDelta, int openDelta) {
        lock.lock();
        try {
            unsent += unsentDelta;
            open += openDelta;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
