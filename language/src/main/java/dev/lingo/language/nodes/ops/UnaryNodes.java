package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** {@code -x} and {@code !x}. */
public final class UnaryNodes {

    private UnaryNodes() {
    }

    @NodeChild("operand")
    public abstract static class Negate extends LingoExpressionNode {
        public abstract Object executeEvaluated(Object operand);

        @Specialization(guards = "isPending(a)")
        protected final Object deferred(Object a) {
            return Deferred.apply(this, v -> executeEvaluated(v[0]), a);
        }

        protected static boolean isPending(Object v) {
            return Deferred.isPending(v);
        }

        @Specialization
        protected long ints(long a) {
            if (a == Long.MIN_VALUE) {
                throw LingoError.of("ArithmeticError", "Integer overflow in `-`", this);
            }
            return -a;
        }

        @Specialization
        protected double floats(double a) {
            return -a;
        }

        @Fallback
        @TruffleBoundary
        protected Object other(Object a) {
            throw LingoError.typeError("Operator `-` cannot be applied to " + Values.typeName(a), this);
        }
    }

    @NodeChild("operand")
    public abstract static class Not extends LingoExpressionNode {
        public abstract Object executeEvaluated(Object operand);

        @Specialization(guards = "isPending(a)")
        protected final Object deferred(Object a) {
            return Deferred.apply(this, v -> executeEvaluated(v[0]), a);
        }

        protected static boolean isPending(Object v) {
            return Deferred.isPending(v);
        }

        @Specialization
        protected boolean bools(boolean a) {
            return !a;
        }

        @Fallback
        @TruffleBoundary
        protected Object other(Object a) {
            throw LingoError.typeError("Operator `!` needs a Bool, got " + Values.typeName(a), this);
        }
    }
}
