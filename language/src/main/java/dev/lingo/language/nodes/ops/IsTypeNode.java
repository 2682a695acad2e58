package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/** {@code x is T}. */
public final class IsTypeNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }


    @Child private LingoExpressionNode value;
    private final LingoType type;

    public IsTypeNode(LingoExpressionNode value, LingoType type) {
        this.value = value;
        this.type = type;
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) {
        return TypeChecker.conforms(value.executeGeneric(frame), type);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return executeBoolean(frame);
    }
}
