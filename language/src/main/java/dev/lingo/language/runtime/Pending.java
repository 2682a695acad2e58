package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.ahead.AnswerWait;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * A value that may not be known yet: an LLM opcode's answer ({@link #of}), or a pure operation on
 * such answers ({@link #derive}, e.g. {@code answer.stars + 1}). It flows through variables, lists,
 * records, arguments, returns and pure operations untouched; where the program needs the value
 * itself (a condition, output, a call to Java) it is forced, and {@link AnswerWait} is the one
 * place that waits. A failed call raises its error there, not where it was started.
 * Not an interop value: it is forced before anything crosses to Java or another language.
 */
public abstract sealed class Pending permits Pending.Answer, Pending.Derived {

    private volatile Object value;

    /** The node that made this value: where waiting for it is reported (safepoints, errors). */
    public abstract Node location();

    /** Completes (normally, whatever the outcome) when the value can be had without waiting. */
    public abstract CompletableFuture<?> completion();

    public abstract boolean isDone();

    /** Runs before the program blocks on this value (sends a collected Batch API job). */
    public abstract void beforeWaiting();

    protected abstract Object compute();

    /** {@code v} itself, or the value it stands for (waiting for it if needed). */
    public static Object force(Object v) {
        return v instanceof Pending p ? p.get() : v;
    }

    /** Like {@link #force}, and every element of lists and fields of records too (replaced in place). */
    @TruffleBoundary
    public static Object forceDeep(Object v) {
        Object forced = force(v);
        if (forced instanceof LingoList list) {
            Object[] items = list.items();
            for (int i = 0; i < items.length; i++) {
                if (items[i] instanceof Pending || items[i] instanceof LingoList || items[i] instanceof LingoRecord) {
                    items[i] = forceDeep(items[i]);
                }
            }
        } else if (forced instanceof LingoRecord record) {
            Object[] values = record.values();
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof Pending || values[i] instanceof LingoRecord || values[i] instanceof LingoList) {
                    values[i] = forceDeep(values[i]);
                }
            }
        }
        return forced;
    }

    /** Whether {@code v}, or an element or field inside it, is still on its way. */
    @TruffleBoundary
    public static boolean containsUnresolved(Object v) {
        if (v instanceof Pending p) {
            if (!p.isDone()) {
                return true;
            }
            try {
                return containsUnresolved(p.get());
            } catch (RuntimeException failed) {
                return false; // its error is raised where it is read
            }
        } else if (v instanceof LingoList list) {
            for (Object item : list.items()) {
                if (item instanceof Pending || item instanceof LingoList || item instanceof LingoRecord) {
                    if (containsUnresolved(item)) {
                        return true;
                    }
                }
            }
        } else if (v instanceof LingoRecord record) {
            for (Object value : record.values()) {
                if (value instanceof Pending || value instanceof LingoList || value instanceof LingoRecord) {
                    if (containsUnresolved(value)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Completes when every answer inside {@code v} (deeply) is in. */
    @TruffleBoundary
    public static CompletableFuture<?> whenResolved(Object v) {
        if (v instanceof Pending p) {
            return p.isDone() ? whenResolved(p.get()) : p.completion().thenCompose(ignored -> whenResolved(p));
        }
        List<CompletableFuture<?>> parts = new ArrayList<>();
        Object[] inner = v instanceof LingoList list ? list.items() : v instanceof LingoRecord r ? r.values() : new Object[0];
        for (Object x : inner) {
            if (containsUnresolved(x)) {
                parts.add(whenResolved(x));
            }
        }
        return CompletableFuture.allOf(parts.toArray(new CompletableFuture<?>[0]));
    }

    /** Whether {@code v} is a value still on its way (false for a pending value whose answer is in). */
    public static boolean isUnresolved(Object v) {
        return v instanceof Pending p && !p.isDone();
    }

    @TruffleBoundary
    public final Object get() {
        Object v = value;
        if (v != null) {
            return v;
        }
        if (!isDone()) {
            AnswerWait.await(this);
        }
        synchronized (this) {
            if (value == null) {
                value = compute();
            }
            return value;
        }
    }

    /**
     * An opcode's answer.
     *
     * @param toValue turns the completed answer into a Lingo value (runs on the thread that forces)
     * @param toError turns the failure into the error raised where the value is read
     * @param beforeWaiting runs before the program blocks on this answer
     */
    public static Pending of(CompletableFuture<?> answer, Function<Object, Object> toValue,
                    Function<Throwable, RuntimeException> toError, Runnable beforeWaiting, Node location) {
        return new Answer(answer, toValue, toError, beforeWaiting, location, () -> false);
    }

    /** @param cancel cancels the call if it was not sent yet; true if so */
    public static Pending of(CompletableFuture<?> answer, Function<Object, Object> toValue,
                    Function<Throwable, RuntimeException> toError, Runnable beforeWaiting, Node location,
                    java.util.function.BooleanSupplier cancel) {
        return new Answer(answer, toValue, toError, beforeWaiting, location, cancel);
    }

    /**
     * {@code op} applied to {@code inputs} once the pending ones among them are known: the
     * operation runs on the thread that forces the result, with every input forced.
     */
    public static Pending derive(Object[] inputs, Function<Object[], Object> op, Node location) {
        return new Derived(inputs, op, location);
    }

    @Override
    public String toString() {
        return isDone() ? "<answer>" : "<pending answer>";
    }

    private static final java.util.function.BooleanSupplier NOT_CANCELLABLE = () -> false;

    public static final class Answer extends Pending {
        private final CompletableFuture<?> answer;
        private final Function<Object, Object> toValue;
        private final Function<Throwable, RuntimeException> toError;
        private final Runnable beforeWaiting;
        private final Node location;
        private volatile java.util.function.BooleanSupplier cancel;
        private volatile CompletableFuture<?> completion;

        Answer(CompletableFuture<?> answer, Function<Object, Object> toValue, Function<Throwable, RuntimeException> toError,
                        Runnable beforeWaiting, Node location, java.util.function.BooleanSupplier cancel) {
            this.cancel = cancel;
            answer.whenComplete((v, t) -> this.cancel = NOT_CANCELLABLE); // and let go of the call behind it
            this.answer = answer;
            this.toValue = toValue;
            this.toError = toError;
            this.beforeWaiting = beforeWaiting;
            this.location = location;
        }

        /** Cancels the model call behind this value if it was not sent yet (it is never sent then); true if so. */
        public boolean cancel() {
            return cancel.getAsBoolean();
        }

        /** The model call behind this value. */
        public CompletableFuture<?> answer() {
            return answer;
        }

        @Override
        public Node location() {
            return location;
        }

        @Override
        public CompletableFuture<?> completion() {
            CompletableFuture<?> c = completion;
            if (c == null) {
                c = answer.handle((v, t) -> null);
                completion = c;
            }
            return c;
        }

        @Override
        public boolean isDone() {
            return answer.isDone();
        }

        @Override
        public void beforeWaiting() {
            beforeWaiting.run();
        }

        @Override
        protected Object compute() {
            Object raw;
            try {
                raw = answer.get();
            } catch (ExecutionException | CompletionException e) {
                throw toError.apply(e.getCause() == null ? e : e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                throw toError.apply(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw toError.apply(e);
            }
            return toValue.apply(raw);
        }
    }

    /**
     * An operation on answers. Its depth (operations since the last plain value) is a property of
     * the program, not of timing; once its inputs are in it is computed at once and forgets them,
     * so a long run of operations holds no chain. A failure is kept and raised where it is read.
     */
    public static final class Derived extends Pending {
        /** Past this many operations in a row on answers, the program waits instead (bounds the chain). */
        public static final int MAX_DEPTH = 100;

        private volatile Object[] inputs;
        private final Function<Object[], Object> op;
        private final Node location;
        private final int depth;
        private volatile Object result;
        private volatile RuntimeException failure;

        Derived(Object[] inputs, Function<Object[], Object> op, Node location) {
            this.inputs = inputs;
            this.op = op;
            this.location = location;
            int d = 0;
            for (Object in : inputs) {
                if (in instanceof Derived p) {
                    d = Math.max(d, p.depth);
                }
            }
            this.depth = d + 1;
            if (waitingFor() == null) {
                settle();
            }
        }

        public int depth() {
            return depth;
        }

        @Override
        public Node location() {
            return location;
        }

        /** What this value is computed from (answers and plain values); empty once computed. */
        public Object[] inputs() {
            Object[] in = inputs;
            return in == null ? new Object[0] : in.clone();
        }

        /** The first input still on its way, or null. */
        private Pending waitingFor() {
            Object[] in = inputs;
            if (in == null) {
                return null;
            }
            for (Object x : in) {
                if (x instanceof Pending p && !p.isDone()) {
                    return p;
                }
            }
            return null;
        }

        private synchronized void settle() {
            Object[] in = inputs;
            if (in == null) {
                return;
            }
            try {
                Object[] forced = new Object[in.length];
                for (int i = 0; i < in.length; i++) {
                    forced[i] = force(in[i]);
                }
                result = op.apply(forced);
            } catch (RuntimeException e) {
                failure = e;
            }
            inputs = null;
        }

        @Override
        public CompletableFuture<?> completion() {
            Pending first = waitingFor();
            if (first == null) {
                return CompletableFuture.completedFuture(null);
            }
            return first.completion().thenCompose(ignored -> completion());
        }

        @Override
        public boolean isDone() {
            return inputs == null || waitingFor() == null;
        }

        @Override
        public void beforeWaiting() {
            Object[] in = inputs;
            if (in == null) {
                return;
            }
            for (Object x : in) {
                if (x instanceof Pending p && !p.isDone()) {
                    p.beforeWaiting();
                }
            }
        }

        @Override
        protected Object compute() {
            settle();
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }
}
