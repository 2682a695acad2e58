package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.control.LoopSignals.Label;
import dev.lingo.language.nodes.control.LoopSignals.LabelledJump;

/**
 * Labelled loops without changing the loops: {@code break outer} ends the labelled loop (a
 * {@link Target} around it), {@code continue outer} ends the current turn of its body (a
 * {@link Target} around the body), passing through the loops in between.
 */
public final class LabelNodes {

    private LabelNodes() {
    }

    /** {@code break label} / {@code continue label}. */
    public static final class Jump extends LingoExpressionNode {
        private final LabelledJump jump;

        public Jump(Label label, boolean breaks) {
            this.jump = new LabelledJump(label, breaks);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            throw jump;
        }
    }

    /** Where a jump to {@code label} lands: after the loop for {@code break}, after the body's turn for {@code continue}. */
    public static final class Target extends LingoExpressionNode {
        private final Label label;
        private final boolean breaks;
        @Child private LingoExpressionNode inner;

        public Target(Label label, boolean breaks, LingoExpressionNode inner) {
            this.label = label;
            this.breaks = breaks;
            this.inner = inner;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            try {
                return inner.executeGeneric(frame);
            } catch (LabelledJump j) {
                if (j.label != label || j.breaks != breaks) {
                    throw j;
                }
                return null;
            }
        }
    }
}
