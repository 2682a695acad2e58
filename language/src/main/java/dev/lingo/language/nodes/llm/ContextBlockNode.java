package dev.lingo.language.nodes.llm;

import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.LingoContext;
import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.Display;

/**
 * {@code context "You are a support agent." { … }}: every opcode that runs inside the block,
 * also in functions it calls, gets these instructions (nested blocks add to them).
 */
public final class ContextBlockNode extends LingoExpressionNode {

    @Child private LingoExpressionNode instructions;
    @Child private LingoExpressionNode body;

    public ContextBlockNode(LingoExpressionNode instructions, LingoExpressionNode body) {
        this.instructions = instructions;
        this.body = body;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        String text = Display.show(instructions.executeGeneric(frame));
        LingoContext context = LingoContext.get(this);
        context.models().enterContext(text);
        try {
            return body.executeGeneric(frame);
        } finally {
            context.models().exitContext();
        }
    }
}
