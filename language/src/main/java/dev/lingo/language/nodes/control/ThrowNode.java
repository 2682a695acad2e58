package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;

/** {@code throw value}: a String becomes the message, a record supplies kind/message/data. */
public final class ThrowNode extends LingoExpressionNode {

    @Child private LingoExpressionNode value;

    public ThrowNode(LingoExpressionNode value) {
        this.value = value;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        throw LingoError.fromThrown(value.executeGeneric(frame), this);
    }
}
