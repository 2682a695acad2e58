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

    /** {@code op} of {@code operands} now if none is on its way, else a pending value for it. */
    @TruffleBoundary
    public static Object apply(Node node, Function<Object[], Object> op, Object... operands) {
        boolean waiting = false;
        for (int i = 0; i < operands.length; i++) {
            if (Pending.isUnresolved(operands[i])) {
                waiting = true;
            }
        }
        if (waiting) {
            return Pending.derive(operands, op, node);
        }
        Object[] values = new Object[operands.length];
        for (int i = 0; i < operands.length; i++) {
            values[i] = Pending.force(operands[i]);
        }
        return op.apply(values);
    }
}
