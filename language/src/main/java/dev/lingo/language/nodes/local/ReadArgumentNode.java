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

    /** What a call with named arguments passes for a parameter with a default that it leaves out before one it gives. */
    public static final Object LEFT_OUT = new Object() {
        @Override
        public String toString() {
            return "(left out)";
        }
    };

    /** A parameter with a default: the argument when the call gave one, else the default, evaluated now. */
    public static final class OrDefault extends LingoExpressionNode {
        private final int index;
        @Child private LingoExpressionNode fallback;

        public OrDefault(int index, LingoExpressionNode fallback) {
            this.index = index;
            this.fallback = fallback;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object[] arguments = frame.getArguments();
            return index + 1 < arguments.length && arguments[index + 1] != LEFT_OUT ? arguments[index + 1] : fallback.executeGeneric(frame);
        }
    }
}
