package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoNull;

/** A sequence of statements; its value is the value of the last one. */
public final class BlockNode extends LingoExpressionNode {

    @Children private final LingoExpressionNode[] statements;

    public BlockNode(LingoExpressionNode[] statements) {
        this.statements = statements;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        int last = statements.length - 1;
        for (int i = 0; i < last; i++) {
            statements[i].executeVoid(frame);
        }
        if (last < 0) {
            return LingoNull.INSTANCE;
        }
        Object value = statements[last].executeGeneric(frame);
        return value == null ? LingoNull.INSTANCE : value;
    }

    @Override
    @ExplodeLoop
    public void executeVoid(VirtualFrame frame) {
        for (LingoExpressionNode statement : statements) {
            statement.executeVoid(frame);
        }
    }
}
