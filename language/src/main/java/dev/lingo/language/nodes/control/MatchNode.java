package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;

/** {@code match subject { pattern | pattern if guard -> body … }}: the first arm that fits wins. */
public final class MatchNode extends LingoExpressionNode {

    @Child private LingoExpressionNode subject;
    @Children private final Arm[] arms;

    public MatchNode(LingoExpressionNode subject, Arm[] arms) {
        this.subject = subject;
        this.arms = arms;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object value = subject.executeGeneric(frame);
        for (Arm arm : arms) {
            if (arm.matches(frame, value)) {
                return arm.body.executeGeneric(frame);
            }
        }
        CompilerDirectives.transferToInterpreter();
        throw LingoError.of("MatchError", "No arm of `match` fits " + Display.repr(value), this);
    }

    public static final class Arm extends Node {
        @Children private final MatchPattern[] patterns;
        @Child private ConditionNode guard;
        @Child private LingoExpressionNode body;

        public Arm(MatchPattern[] patterns, LingoExpressionNode guard, LingoExpressionNode body) {
            this.patterns = patterns;
            this.guard = guard == null ? null : new ConditionNode(guard, "match guard");
            this.body = body;
        }

        @ExplodeLoop
        boolean matches(VirtualFrame frame, Object value) {
            for (MatchPattern pattern : patterns) {
                if (pattern.matches(frame, value)) {
                    return guard == null || guard.execute(frame);
                }
            }
            return false;
        }
    }
}
