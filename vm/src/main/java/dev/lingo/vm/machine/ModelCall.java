package dev.lingo.vm.machine;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.schedule.CallTicket;
import dev.lingo.vm.schedule.CancelledBeforeSendingException;
import dev.lingo.vm.schedule.ProgressTracker;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One submitted opcode: its answer (this future) and a way to take it back while its request has
 * not been sent. {@link #cancel} succeeds while the opcode waits for a worker, a pack, a batch job,
 * the budget or an admission slot; it fails once the request has gone out (a retry or a re-ask of a
 * request sent once counts as sent), and then the call ends normally, its answer cached and paid once.
 * The run's progress counts each opcode once: done, failed or cancelled.
 */
public final class ModelCall extends CompletableFuture<TypedAnswer> {

    private final CallTicket ticket;
    private final ProgressTracker progress;
    private final Runnable ended;
    private final Runnable wasCancelled;
    private final AtomicBoolean settled = new AtomicBoolean();

    /**
     * @param ended        runs once when the opcode has ended, however it ended
     * @param wasCancelled runs after a successful {@link #cancel}, so what waits only for this opcode stops waiting
     */
    ModelCall(CallTicket ticket, ProgressTracker progress, Runnable ended, Runnable wasCancelled) {
        this.ticket = ticket;
        this.progress = progress;
        this.ended = ended;
        this.wasCancelled = wasCancelled;
    }

    /** An opcode that ended as it was submitted (a cache hit in memory, a bad default model): nothing to cancel. */
    static ModelCall endedAtOnce(ProgressTracker progress, TypedAnswer answer, Throwable failure) {
        ModelCall call = new ModelCall(new CallTicket(() -> { }), progress, () -> { }, () -> { });
        call.ticket.finish();
        if (failure == null) {
            call.answered(answer);
        } else {
            call.failed(failure);
        }
        return call;
    }

    /**
     * Cancels the opcode if its request has not been sent: it then never is, its budget reservation is
     * given back, and this future fails with {@link CancelledBeforeSendingException}.
     *
     * @param mayInterruptIfRunning ignored: a request under way is never interrupted
     * @return true when cancelled; false when the request was sent already or the opcode had ended
     */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (!ticket.cancel() || !settled.compareAndSet(false, true)) {
            return false;
        }
        progress.cancelled();
        ended.run();
        super.completeExceptionally(new CancelledBeforeSendingException());
        wasCancelled.run();
        return true;
    }

    /** Whether the opcode's request has gone out (to a provider, in a pack or in a batch job). */
    public boolean sent() {
        return ticket.sent();
    }

    CallTicket ticket() {
        return ticket;
    }

    /** The worker's answer; counted before it is given, so whoever reads it sees the count. */
    void answered(TypedAnswer answer) {
        ticket.finish();
        if (settled.compareAndSet(false, true)) {
            progress.done();
            ended.run();
            super.complete(answer);
        }
    }

    void failed(Throwable failure) {
        ticket.finish();
        if (settled.compareAndSet(false, true)) {
            progress.failed();
            ended.run();
            super.completeExceptionally(failure);
        }
    }
}
