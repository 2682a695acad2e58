package dev.lingo.vm.cache;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Durable writes at the price of one disk sync per burst instead of one per write: a thread that
 * submits an item queues it and takes the commit lock; whoever holds the lock writes everything
 * queued so far in one transaction. A submit returns only once its own item is committed (or
 * throws what the commit threw), so "durable when it returns" holds for each caller.
 */
final class GroupCommit<T> {

    /** Writes one batch as one transaction; a failure fails every item of the batch. */
    interface BatchWriter<T> {
        void write(List<T> batch);
    }

    private static final class Ticket<T> {
        final T item;
        boolean done;
        RuntimeException failure;

        Ticket(T item) {
            this.item = item;
        }
    }

    private final BatchWriter<T> writer;
    private final ConcurrentLinkedQueue<Ticket<T>> queue = new ConcurrentLinkedQueue<>();
    private final ReentrantLock commitLock = new ReentrantLock();

    GroupCommit(BatchWriter<T> writer) {
        this.writer = writer;
    }

    void submit(T item) {
        Ticket<T> mine = new Ticket<>(item);
        queue.add(mine);
        commitLock.lock();
        try {
            // done and failure are written and read under the lock, so they are visible here
            if (!mine.done) {
                commitQueued();
            }
        } finally {
            commitLock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private void commitQueued() {
        List<Ticket<T>> batch = new ArrayList<>();
        for (Ticket<T> t; (t = queue.poll()) != null; ) {
            batch.add(t);
        }
        RuntimeException failure = null;
        try {
            writer.write(batch.stream().map(t -> t.item).toList());
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Ticket<T> t : batch) {
            t.failure = failure;
            t.done = true;
        }
    }
}
