package dev.lingo.language.nodes.call;

import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoFunction;

/** Creates a function value; captures (materializes) the current frame only if the body needs it. */
public final class LambdaNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }


    private final String name;
    private final RootCallTarget callTarget;
    private final boolean captures;
    private final int arity;
    private final int required;

    public LambdaNode(String name, RootCallTarget callTarget, boolean captures, int arity, int required) {
        this.name = name;
        this.callTarget = callTarget;
        this.captures = captures;
        this.arity = arity;
        this.required = required;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        return new LingoFunction(name, callTarget, captures ? frame.materialize() : null, arity, required);
    }
}
