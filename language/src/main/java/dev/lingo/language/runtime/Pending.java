package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The value of an LLM opcode whose answer may not have arrived yet. It flows through variables,
 * lists, records, arguments and returns untouched; any operation that looks at it waits for the
 * answer ("forces" it). A failed call raises its error at that point, not where it was started.
 * Not an interop value: it is forced before anything crosses to Java or another language.
 */
public final class Pending {

    private final CompletableFuture<?> answer;
    private final Function<Object, Object> toValue;
    private final Function<Throwable, RuntimeException> toError;
    private final Runnable beforeWaiting;
    private volatile Object value;

    /**
     * @param toValue turns the completed answer into a Lingo value (runs on the thread that forces)
     * @param toError turns the failure into the error raised where the value is read
     */
    public <T> Pending(CompletableFuture<T> answer, Function<Object, Object> toValue, Function<Throwable, RuntimeException> toError) {
        this(answer, toValue, toError, () -> { });
    }

    /** @param beforeWaiting runs before the program blocks on this answer (sends a collected batch job) */
    public <T> Pending(CompletableFuture<T> answer, Function<Object, Object> toValue, Function<Throwable, RuntimeException> toError,
                    Runnable beforeWaiting) {
        this.answer = answer;
        this.toValue = toValue;
        this.toError = toError;
        this.beforeWaiting = beforeWaiting;
    }

    /** {@code v} itself, or the answer it stands for (waiting for it if needed). */
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
                if (values[i] instanceof Pending || values[i] instanceof LingoList || values[i] instanceof LingoRecord) {
                    values[i] = forceDeep(values[i]);
                }
            }
        }
        return forced;
    }

    public boolean isDone() {
        return value != null || answer.isDone();
    }

    @TruffleBoundary
    public Object get() {
        Object v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            if (value == null) {
                if (!answer.isDone()) {
                    beforeWaiting.run();
                }
                Object raw;
                try {
                    raw = answer.get();
                } catch (ExecutionException | CompletionException e) {
                    throw toError.apply(e.getCause() == null ? e : e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw toError.apply(e);
                }
                value = toValue.apply(raw);
            }
            return value;
        }
    }

    @Override
    public String toString() {
        return isDone() ? "<answer>" : "<pending answer>";
    }
}
