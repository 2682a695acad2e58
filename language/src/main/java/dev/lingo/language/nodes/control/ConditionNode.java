package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.UnexpectedResultException;

import dev.lingo.language.nodes.ForceNode;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** Evaluates a condition that must be a Bool (Lingo has no truthiness). */
public final class ConditionNode extends Node {

    @Child private LingoExpressionNode condition;
    private final String context;

    public ConditionNode(LingoExpressionNode condition, String context) {
        this.condition = ForceNode.wrap(condition);
        this.context = context;
    }

    public boolean execute(VirtualFrame frame) {
        try {
            return condition.executeBoolean(frame);
        } catch (UnexpectedResultException e) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("The condition of `" + context + "` must be a Bool, got "
                            + Values.typeName(e.getResult()), condition);
        }
    }
}
