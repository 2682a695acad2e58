package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.NodeChild;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** An operator with two operands, evaluated left to right. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
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
