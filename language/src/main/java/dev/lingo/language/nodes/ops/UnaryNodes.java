package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** {@code -x} and {@code !x}. */
public final class UnaryNodes {

    private UnaryNodes() {
    }

    /** An operator with one operand; an answer on its way gives a pending result (see {@link Deferred}). */
    @NodeChild("operand")
    @ImportStatic(Deferred.class)
    abstract static class Unary extends LingoExpressionNode {
        public abstract Object executeEvaluated(Object operand);

        @Specialization(guards = "isPending(a)")
        protected final Object deferred(Object a) {
            return Deferred.apply(this, v -> executeEvaluated(v[0]), a);
        }
    }

    public abstract static class Negate extends Unary {

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

    public abstract static class Not extends Unary {

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
