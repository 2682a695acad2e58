package dev.lingo.language.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.Truffle;

/**
 * One top-level name of a module. Reads in compiled code fold to a constant while the cell has
 * not changed since its first write (functions, lets); a second write invalidates that.
 */
public final class GlobalCell {

    private final String name;
    private volatile boolean mutable;
    private volatile Object value;
    @CompilationFinal private Assumption stable;
    private int writes;

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
        return value;
    }

    public Assumption stableAssumption() {
        return stable;
    }

    public synchronized void set(Object newValue) {
        if (++writes > 1 && stable.isValid()) {
            stable.invalidate("global " + name + " written again");
        }
        value = newValue;
    }
}
