package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRange;

/** {@code a..b} (inclusive) and {@code a..<b} (exclusive) over Ints. */
public abstract class RangeNode extends BinaryNode {

    private final boolean inclusive;

    protected RangeNode(boolean inclusive) {
        this.inclusive = inclusive;
    }

    @Specialization
    protected LingoRange ints(long a, long b) {
        if (inclusive && b == Long.MAX_VALUE) {
            throw LingoError.of("ArithmeticError", "Integer overflow in `..`", this);
        }
        return new LingoRange(a, inclusive ? b + 1 : b, inclusive);
    }

    @Fallback
    protected Object other(Object a, Object b) {
        throw typeError(inclusive ? ".." : "..<", a, b);
    }
}
