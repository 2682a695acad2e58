package dev.lingo.vm.batch;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.schedule.SendGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Batch mode: opcodes submitted while the program runs on are held back and sent together as one
 * batch job per endpoint and model when the program first waits for an answer ({@link #flush}),
 * when {@code maxQueued} are waiting, or when none has arrived for {@code linger} (a safety net
 * for a program that never waits). A flush covers every opcode submitted before it, even one whose
 * thread has not reached the queue yet: the machine announces each submission ({@link #expect})
 * and runs it inside {@link #arriving}, so the collector knows what is still on its way. An opcode
 * asked a second time in its run (a fallback, a re-ask after a misfit) takes the normal path. An
 * opcode cancelled while held back is left out of its job (see {@link BatchDelivery}).
 */
public final class BatchCollector implements AutoCloseable {

    /** An opcode waiting for its job; {@code guard} says whether it is still wanted when the job is made. */
    record Waiter(BatchItem item, CompletableFuture<BatchOutcome> outcome, SendGuard guard) {
    }

    /** The opcodes of one endpoint and model, held back together. */
    record Group(BatchSender sender, List<Waiter> waiters) {
    }

    private final int maxQueued;
    private final Duration linger;
    private final ThreadLocal<Boolean> arriving = new ThreadLocal<>();
    private final Map<String, Group> queued = new LinkedHashMap<>();
    private final Set<Thread> senders = ConcurrentHashMap.newKeySet();
    private int expected;
    private boolean flushRequested;
    private long lastArrival;
    private boolean watching;
    private boolean closed;

    public BatchCollector(int maxQueued, Duration linger) {
        if (maxQueued < 1) {
            throw new IllegalArgumentException("a batch needs room for at least one request");
        }
        this.maxQueued = maxQueued;
        this.linger = linger;
    }

    /** A submission is on its way (call on the submitting thread, before the opcode starts). */
    public synchronized void expect() {
        expected++;
    }

    /** A submission announced by {@link #expect} will never arrive (e.g. it was rejected). */
    public synchronized void left() {
        expected--;
        sendDue();
    }

    /** Runs one submitted opcode; if it ends without having joined a batch, it no longer holds up a flush. */
    public <T> T arriving(Supplier<T> work) {
        arriving.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            boolean neverJoined = arriving.get() == Boolean.TRUE;
            arriving.remove();
            if (neverJoined) {
                left();
            }
        }
    }

    /**
     * The answer to {@code item} from a batch job of {@code group} (an endpoint and model, sent by
     * {@code sender}), or from {@code normal} when the job gives no usable answer or this opcode is
     * not a fresh submission. A job that fails as a whole fails the item with its error.
     */
    public TypedAnswer ask(String group, BatchSender sender, BatchItem item, Supplier<TypedAnswer> normal) {
        if (arriving.get() != Boolean.TRUE) {
            return normal.get();
        }
        arriving.set(Boolean.FALSE);
        Waiter waiter = new Waiter(item, new CompletableFuture<>(), SendGuard.current());
        waiter.guard().reachedBudget(); // its job reserves it; later calls need not keep its share meanwhile
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the model machine is closed");
            }
            queued.computeIfAbsent(group, g -> new Group(sender, new ArrayList<>())).waiters().add(waiter);
            expected--;
            lastArrival = System.nanoTime();
            watch();
            sendDue();
        }
        return switch (BatchDelivery.await(waiter)) {
            case BatchOutcome.Answered a -> a.answer();
            case BatchOutcome.AskAgain again -> normal.get();
            case BatchOutcome.Failed f -> throw f.error();
        };
    }

    /** The program is about to wait: send everything submitted so far, as soon as it has arrived. */
    public synchronized void flush() {
        if (queued.isEmpty() && expected <= 0) {
            return;
        }
        flushRequested = true;
        sendDue();
    }

    /** Requests held back now (not yet sent). */
    public synchronized int queued() {
        return queued.values().stream().mapToInt(g -> g.waiters().size()).sum();
    }

    private void sendDue() {
        List<Group> due = new ArrayList<>();
        queued.values().removeIf(g -> g.waiters().size() >= maxQueued && due.add(g));
        if (flushRequested && expected <= 0 && !queued.isEmpty()) {
            due.addAll(queued.values());
            queued.clear();
            flushRequested = false;
        }
        due.forEach(this::dispatch);
    }

    private void dispatch(Group group) {
        Thread t = Thread.ofVirtual().name("lingo-batch-job").unstarted(() -> {
            try {
                BatchDelivery.deliver(group);
            } finally {
                senders.remove(Thread.currentThread());
            }
        });
        senders.add(t);
        t.start();
    }

    /** The linger safety net: one watcher while anything is queued. */
    private void watch() {
        if (watching || linger.isZero() || linger.isNegative()) {
            return;
        }
        watching = true;
        Thread.ofVirtual().name("lingo-batch-linger").start(() -> {
            while (true) {
                long wait;
                synchronized (this) {
                    if (queued.isEmpty() || closed) {
                        watching = false;
                        return;
                    }
                    wait = lastArrival + linger.toNanos() - System.nanoTime();
                    if (wait <= 0) {
                        queued.values().forEach(this::dispatch);
                        queued.clear();
                        watching = false;
                        return;
                    }
                }
                try {
                    Thread.sleep(Duration.ofNanos(wait));
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Fails what is still queued and stops following jobs; their journal entries stay, so a later run re-attaches. */
    @Override
    public void close() {
        List<Waiter> dropped = new ArrayList<>();
        synchronized (this) {
            closed = true;
            queued.values().forEach(g -> dropped.addAll(g.waiters()));
            queued.clear();
        }
        dropped.forEach(w -> w.outcome().completeExceptionally(new IllegalStateException("the model machine is closed")));
        senders.forEach(Thread::interrupt);
    }
}
