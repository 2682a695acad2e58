package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.control.ConditionNode;
import dev.lingo.language.runtime.LingoNull;

/** Short-circuit {@code &&}, {@code ||} and {@code ??}. */
public final class LogicalNodes {

    private LogicalNodes() {
    }

    public static final class And extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        @Child private ConditionNode left;
        @Child private ConditionNode right;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public And(LingoExpressionNode left, LingoExpressionNode right) {
            this.left = new ConditionNode(left, "&&");
            this.right = new ConditionNode(right, "&&");
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return profile.profile(left.execute(frame)) && right.execute(frame);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return executeBoolean(frame);
        }
    }

    public static final class Or extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }

        @Child private ConditionNode left;
        @Child private ConditionNode right;
        private final CountingConditionProfile profile = CountingConditionProfile.create();

        public Or(LingoExpressionNode left, LingoExpressionNode right) {
            this.left = new ConditionNode(left, "||");
            this.right = new ConditionNode(right, "||");
        }

        @Override
        public boolean executeBoolean(VirtualFrame frame) {
            return profile.profile(left.execute(frame)) || right.execute(frame);
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            return executeBoolean(frame);
        }
    }

    public static final class Coalesce extends LingoExpressionNode {
        @Child private LingoExpressionNode left;
        @Child private LingoExpressionNode right;

        public Coalesce(LingoExpressionNode left, LingoExpressionNode right) {
            this.left = left;
            this.right = right;
        }

        @Override
        public Object executeGeneric(VirtualFrame frame) {
            Object v = left.executeGeneric(frame);
            return v == LingoNull.INSTANCE ? right.executeGeneric(frame) : v;
        }
    }
}
