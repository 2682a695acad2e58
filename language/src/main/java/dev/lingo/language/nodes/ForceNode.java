package dev.lingo.language.nodes;

import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.UnexpectedResultException;
import com.oracle.truffle.api.profiles.BranchProfile;

import dev.lingo.language.runtime.Pending;

/**
 * Waits for a pending opcode answer where a value is actually used (an operand, a condition, a
 * receiver). Values that are never pending pass through with one type check.
 */
public final class ForceNode extends LingoExpressionNode {

    @Child private LingoExpressionNode value;
    private final BranchProfile pending = BranchProfile.create();

    private ForceNode(LingoExpressionNode value) {
        this.value = value;
    }

    /** Wraps {@code node} unless its value can never be pending (literals, operators, lambdas). */
    public static LingoExpressionNode wrap(LingoExpressionNode node) {
        if (node == null || !node.mayBePending()) {
            return node;
        }
        return node.withSourceOf(new ForceNode(node));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (v instanceof Pending p) {
            pending.enter();
            return p.get();
        }
        return v;
    }

    @Override
    public long executeLong(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return value.executeLong(frame);
        } catch (UnexpectedResultException e) {
            return LingoTypesGen.expectLong(forced(e.getResult()));
        }
    }

    @Override
    public double executeDouble(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return value.executeDouble(frame);
        } catch (UnexpectedResultException e) {
            return LingoTypesGen.expectDouble(forced(e.getResult()));
        }
    }

    @Override
    public boolean executeBoolean(VirtualFrame frame) throws UnexpectedResultException {
        try {
            return value.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            return LingoTypesGen.expectBoolean(forced(e.getResult()));
        }
    }

    private Object forced(Object v) {
        if (v instanceof Pending p) {
            pending.enter();
            return p.get();
        }
        return v;
    }

    @Override
    public boolean mayBePending() {
        return false;
    }
}
