package dev.lingo.language.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.Deferred;
import dev.lingo.language.runtime.FormatSpec;
import dev.lingo.language.runtime.Formatting;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Pending;

/** {@code {x:>8.2f}} in a string: the value formatted by a spec that was checked when the program was parsed. */
public final class FormatNode extends LingoExpressionNode {

    @Child private LingoExpressionNode value;
    private final FormatSpec spec;

    public FormatNode(LingoExpressionNode value, FormatSpec spec) {
        this.value = value;
        this.spec = spec;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (v instanceof Pending) {
            return Deferred.apply(this, values -> format(values[0]), v);
        }
        return format(v);
    }

    @TruffleBoundary
    private String format(Object v) {
        try {
            return Formatting.format(v, spec);
        } catch (Formatting.WrongValue e) {
            throw LingoError.of("TypeError", e.getMessage(), this);
        }
    }
}
