package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;

/** The {@code index}-th Lingo argument (frame argument {@code index + 1}; 0 is the closure). */
public final class ReadArgumentNode extends LingoExpressionNode {

    private final int index;

    public ReadArgumentNode(int index) {
        this.index = index;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return frame.getArguments()[index + 1];
    }
}
