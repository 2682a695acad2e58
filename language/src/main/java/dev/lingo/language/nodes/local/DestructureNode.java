package dev.lingo.language.nodes.local;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.control.MatchPattern;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;

/**
 * {@code let [a, b] = xs}, {@code var {name, age} = person}: binds the pattern's names, or raises
 * {@code MatchError} showing the pattern and the value. At a module's top level the pattern binds
 * hidden slots and {@code defines} make the globals from them.
 */
public final class DestructureNode extends LingoExpressionNode {

    @Child private LingoExpressionNode value;
    @Child private MatchPattern pattern;
    @Children private final LingoExpressionNode[] defines;
    private final String patternText;

    public DestructureNode(LingoExpressionNode value, MatchPattern pattern, LingoExpressionNode[] defines, String patternText) {
        this.value = value;
        this.pattern = pattern;
        this.defines = defines;
        this.patternText = patternText;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (!pattern.matches(frame, v)) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.of("MatchError", "The value " + Display.repr(v) + " does not fit the pattern " + patternText, this);
        }
        for (LingoExpressionNode define : defines) {
            define.executeGeneric(frame);
        }
        return null;
    }
}
