package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Pending;

import java.util.function.Function;

/**
 * Pure operations on answers still on their way do not wait: they give a pending value that
 * applies the operation once the answers are in (on the thread that reads it, with the
 * operation's own node for errors). Answers already in are used at once.
 */
public final class Deferred {

    private Deferred() {
    }

    public static boolean isPending(Object v) {
        return v instanceof Pending;
    }

    /**
     * A pending value for {@code op} of {@code operands} (at least one of them pending): computed at
     * once if their answers are in, but a failure always waits for the read, whatever the timing.
     * After {@link Pending.Derived#MAX_DEPTH} operations in a row on answers it is read here.
     */
    @TruffleBoundary
    public static Object apply(Node node, Function<Object[], Object> op, Object... operands) {
        Pending derived = Pending.derive(operands, op, node);
        if (derived instanceof Pending.Derived d && d.depth() > Pending.Derived.MAX_DEPTH) {
            return derived.get();
        }
        return derived;
    }
}
