package dev.lingo.language.nodes.literal;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoNull;

/** Constants: Int, Float, Bool, String and null. */
public final class LiteralNodes {

    private LiteralNodes() {
    }

    public static final class IntLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final long value;

        public IntLiteral(long value) {
            this.value = value;
        }

        @Override
        public long executeLong(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class FloatLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final double value;

        public FloatLiteral(double value) {
            this.value = value;
        }

        @Override
        public double executeDouble(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class BoolLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final boolean value;

        public BoolLiteral(boolean value) {
            this.value = value;
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class StringLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        private final String value;

        public StringLiteral(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return value;
        }
    }

    public static final class NullLiteral extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return LingoNull.INSTANCE;
        }
    }
}
