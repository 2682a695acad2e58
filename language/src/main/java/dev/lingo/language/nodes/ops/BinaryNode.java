package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.ImportStatic;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** An operator with two operands, evaluated left to right. */
@NodeChild("left")
@NodeChild("right")
@ImportStatic(Deferred.class)
public abstract class BinaryNode extends LingoExpressionNode {

    /** The right operand's node (the DSL implements it). */
    public abstract LingoExpressionNode getRight();

    /** The operator on two values at hand (also how a deferred operation runs later). */
    public abstract Object executeEvaluated(Object left, Object right);

    /** An operand is an answer: wait only if it is not in, and then not here (see {@link Deferred}). */
    @Specialization(guards = "isPending(left) || isPending(right)")
    protected final Object deferred(Object left, Object right) {
        return Deferred.apply(this, v -> executeEvaluated(v[0], v[1]), left, right);
    }

    @TruffleBoundary
    protected final LingoError typeError(String operator, Object left, Object right) {
        return LingoError.typeError("Operator `" + operator + "` cannot be applied to " + Values.typeName(left)
                        + " and " + Values.typeName(right), this);
    }

    @TruffleBoundary
    protected final LingoError overflow(String operator) {
        return LingoError.of("ArithmeticError", "Integer overflow in `" + operator + "`", this);
    }
}
