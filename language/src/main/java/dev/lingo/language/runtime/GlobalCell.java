package dev.lingo.language.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * One top-level name of a module. Reads in compiled code fold to a constant while the cell has
 * not changed since its first write (functions, lets); a second write invalidates that.
 *
 * <p>{@code s += piece} on a top-level {@code var} holding a long string appends to a builder
 * ({@link #tryAppend}) instead of copying the string: the cell's value is then made a
 * {@code String} again on its next read ({@link #get}), so {@code s += "x"} in a loop is
 * amortized O(1) and every reader still sees an immutable {@code java.lang.String}.
 */
public final class GlobalCell {

    private final String name;
    private volatile boolean mutable;
    /**
     * Read with acquire and written with release (VALUE, PENDING): threads running ahead see the
     * writes in order, and a write in a hot loop costs no fence, as a volatile write would.
     */
    private Object value;
    @CompilationFinal private Assumption stable;
    private int writes;
    /** When not null, the cell's string value is this builder's content, and {@link #value} is stale. */
    private StringBuilder pending;
    /** When not null, holds the cell's string value (also after a read flattened it); guarded by this. */
    private StringBuilder tail;

    private static final VarHandle VALUE;
    private static final VarHandle PENDING;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            VALUE = lookup.findVarHandle(GlobalCell.class, "value", Object.class);
            PENDING = lookup.findVarHandle(GlobalCell.class, "pending", StringBuilder.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Below this length a concatenation copies (as before): a builder would not pay for itself. */
    static final int MIN_APPEND_LENGTH = 256;

    /** The value as seen by {@link #snapshot()} while a builder held it: its first {@code length} chars. */
    public record Prefix(StringBuilder builder, int length) {
    }

    public GlobalCell(String name, boolean mutable) {
        this.name = name;
        this.mutable = mutable;
        this.stable = Truffle.getRuntime().createAssumption("global " + name);
    }

    public void setMutable(boolean mutable) {
        this.mutable = mutable;
    }

    public String name() {
        return name;
    }

    public boolean isMutable() {
        return mutable;
    }

    /** The value, or Java null while the declaration has not run yet. */
    public Object get() {
        if (PENDING.getAcquire(this) != null) {
            return flatten();
        }
        return VALUE.getAcquire(this);
    }

    @TruffleBoundary
    private synchronized Object flatten() {
        StringBuilder p = pending;
        if (p != null) {
            VALUE.setRelease(this, p.toString());
            PENDING.setRelease(this, null);
        }
        return value;
    }

    /** The value without flattening: the value itself, a {@link Prefix}, or null if undeclared. */
    public Object snapshot() {
        if (PENDING.getAcquire(this) == null) {
            return VALUE.getAcquire(this);
        }
        return prefix();
    }

    @TruffleBoundary
    private synchronized Object prefix() {
        StringBuilder p = pending;
        return p != null ? new Prefix(p, p.length()) : value;
    }

    /** The string a {@link Prefix} from {@link #snapshot()} stands for. */
    @TruffleBoundary
    public synchronized String materialize(Prefix prefix) {
        return prefix.builder().substring(0, prefix.length());
    }

    /**
     * {@code value = value + piece} if the value is still {@code before} (from {@link #snapshot()})
     * and a string long enough for appending to pay; false (and no change) otherwise.
     */
    @TruffleBoundary
    public synchronized boolean tryAppend(Object before, String piece) {
        if (before instanceof Prefix prefix) {
            if (pending != prefix.builder() || prefix.builder().length() != prefix.length()) {
                return false;
            }
        } else if (before instanceof String s) {
            if (pending != null || value != s) {
                return false;
            }
            if (tail == null) {
                long length = (long) s.length() + piece.length();
                if (length < MIN_APPEND_LENGTH || length > Integer.MAX_VALUE / 2) {
                    return false;
                }
                tail = new StringBuilder((int) (length * 2)).append(s);
            }
        } else {
            return false;
        }
        countWrite();
        tail.append(piece);
        PENDING.setRelease(this, tail);
        return true;
    }

    public Assumption stableAssumption() {
        return stable;
    }

    public void set(Object newValue) {
        if (tail == null) {
            // No builder since the last set, so no reader can flatten one over this write: no lock.
            // Only the thread running the program writes cells; `tail` is only changed by that thread.
            countWrite();
            VALUE.setRelease(this, newValue);
        } else {
            setReplacingBuilder(newValue);
        }
    }

    @TruffleBoundary
    private synchronized void setReplacingBuilder(Object newValue) {
        countWrite();
        tail = null;
        VALUE.setRelease(this, newValue);
        PENDING.setRelease(this, null);
    }

    private void countWrite() {
        if (stable.isValid() && ++writes > 1) {
            stable.invalidate("global " + name + " written again");
        }
    }
}
