package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoNull;

/** {@code break}, {@code continue} and {@code return}. */
public final class JumpNodes {

    private JumpNodes() {
    }

    public static final class BreakNode extends LingoExpressionNode {
        @Override
        public Object executeGeneric(VirtualFrame frame) {
            throw LoopSignals.BreakException.INSTANCE;
        }
    }

    public static final class ContinueNode extends LingoExpressionNode {
        @Override
        public Object executeGeneric(VirtualFrame frame) {
            throw LoopSignals.ContinueException.INSTANCE;
        }
    }

    public static final class ReturnNode extends LingoExpressionNode {
        @Child private LingoExpressionNode value;

        public ReturnNode(LingoExpressionNode value) {
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            throw new ReturnException(value == null ? LingoNull.INSTANCE : value.executeGeneric(frame));
        }
    }
}
