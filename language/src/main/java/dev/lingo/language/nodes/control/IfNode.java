package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.profiles.CountingConditionProfile;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoNull;

/** {@code if c { a } else { b }}; without else its value is null when c is false. */
public final class IfNode extends LingoExpressionNode {

    @Child private ConditionNode condition;
    @Child private LingoExpressionNode thenBranch;
    @Child private LingoExpressionNode elseBranch;
    private final CountingConditionProfile profile = CountingConditionProfile.create();

    public IfNode(LingoExpressionNode condition, LingoExpressionNode thenBranch, LingoExpressionNode elseBranch) {
        this.condition = new ConditionNode(condition, "if");
        this.thenBranch = thenBranch;
        this.elseBranch = elseBranch;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        if (profile.profile(condition.execute(frame))) {
            return thenBranch.executeGeneric(frame);
        } else if (elseBranch != null) {
            return elseBranch.executeGeneric(frame);
        }
        return LingoNull.INSTANCE;
    }
}
