package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.LoopNode;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.nodes.RepeatingNode;

import dev.lingo.language.nodes.LingoExpressionNode;

/** {@code while cond { body }}; a Truffle LoopNode so long loops compile on the stack (OSR). */
public final class WhileNode extends LingoExpressionNode {

    @Child private LoopNode loop;

    public WhileNode(LingoExpressionNode condition, LingoExpressionNode body) {
        this.loop = Truffle.getRuntime().createLoopNode(new Body(condition, body));
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        // a loop ahead of the program might spin on a value the real run changes: the real run does it
        dev.lingo.language.ahead.Speculation.checkEffect();
        loop.execute(frame);
        return null;
    }

    private static final class Body extends Node implements RepeatingNode {
        @Child private ConditionNode condition;
        @Child private LingoExpressionNode body;

        Body(LingoExpressionNode condition, LingoExpressionNode body) {
            this.condition = new ConditionNode(condition, "while");
            this.body = body;
            body.markStatement(); // so that even `while true {}` counts against a statement limit
        }

        @Override
        public boolean executeRepeating(VirtualFrame frame) {
            if (!condition.execute(frame)) {
                return false;
            }
            try {
                body.executeVoid(frame);
            } catch (LoopSignals.BreakException e) {
                return false;
            } catch (LoopSignals.ContinueException e) {
                // next iteration
            }
            return true;
        }
    }
}
