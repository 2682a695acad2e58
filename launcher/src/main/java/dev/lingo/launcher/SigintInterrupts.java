package dev.lingo.launcher;

import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C (SIGINT) for a process without a line editor: a SIGINT while an evaluation runs
 * interrupts it (so the caller can report that and close its Context in order); a second one while that is under way, or one while nothing runs, ends the process at
 * once with {@link ExitCodes#INTERRUPTED}. Without it the JVM would die without a run summary.
 */
public final class SigintInterrupts implements AutoCloseable {
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int INTERRUPTING = 2;
    private static final Signal INT = new Signal("INT");

    private final AtomicInteger state = new AtomicInteger(IDLE);
    private volatile Runnable interrupt = () -> { };
    private final PrintStream out;
    private final PrintStream err;
    private final SignalHandler previous;

    private SigintInterrupts(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
        this.previous = register(this::handle);
    }

    /** Until {@link #close()}, SIGINT is handled here; {@code out} and {@code err} are flushed before an exit. */
    public static SigintInterrupts install(PrintStream out, PrintStream err) {
        return new SigintInterrupts(out, err);
    }

    /**
     * Runs {@code evaluation}; a SIGINT meanwhile calls {@code interrupt} (on a signal thread; it may
     * block until the evaluation stopped) instead of ending the process.
     */
    public <T> T during(Runnable interrupt, Supplier<T> evaluation) {
        this.interrupt = interrupt;
        state.set(RUNNING);
        try {
            return evaluation.get();
        } finally {
            state.set(IDLE);
        }
    }

    /** {@link #during(Runnable, Supplier)} for an evaluation without a result. */
    public void during(Runnable interrupt, Runnable evaluation) {
        during(interrupt, () -> {
            evaluation.run();
            return null;
        });
    }

    private void handle(Signal signal) {
        if (!state.compareAndSet(RUNNING, INTERRUPTING)) {
            out.flush();
            err.flush();
            Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
        }
        interrupt.run();
    }

    private static SignalHandler register(SignalHandler handler) {
        try {
            return Signal.handle(INT, handler);
        } catch (IllegalArgumentException e) {
            return null; // the JVM keeps SIGINT to itself (-Xrs): Ctrl-C ends it as before
        }
    }

    @Override
    public void close() {
        if (previous != null) {
            Signal.handle(INT, previous);
        }
    }
}
