package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.frame.Frame;
import com.oracle.truffle.api.frame.FrameSlotKind;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.AppendedString;

/** Reads and writes of a variable captured from an enclosing function, {@code depth} frames out. */
public final class OuterLocalNodes {

    private OuterLocalNodes() {
    }

    @ExplodeLoop
    static Frame outer(VirtualFrame frame, int depth) {
        Frame f = frame;
        for (int i = 0; i < depth; i++) {
            f = (MaterializedFrame) f.getArguments()[0];
        }
        return f;
    }

    public static final class Read extends LingoExpressionNode {
        private final int depth;
        private final int slot;

        public Read(int depth, int slot) {
            this.depth = depth;
            this.slot = slot;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return AppendedString.seen(outer(frame, depth).getValue(slot));
        }
    }

    public static final class Write extends LingoExpressionNode {
        private final int depth;
        private final int slot;
        @Child private LingoExpressionNode value;

        public Write(int depth, int slot, LingoExpressionNode value) {
            this.depth = depth;
            this.slot = slot;
            this.value = value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = value.executeGeneric(frame);
            dev.lingo.language.ahead.Speculation.checkEffect();
            Frame target = outer(frame, depth);
            target.getFrameDescriptor().setSlotKind(slot, FrameSlotKind.Object);
            target.setObject(slot, v);
            return null;
        }
    }
}
