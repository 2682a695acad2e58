package dev.lingo.language.nodes.literal;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.Deferred;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.Pending;

/** {@code "a {x} b"}: the parts' display strings, concatenated. */
public final class InterpolationNode extends LingoExpressionNode {

    @Children private final LingoExpressionNode[] parts;

    public InterpolationNode(LingoExpressionNode[] parts) {
        this.parts = parts;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object[] values = new Object[parts.length];
        boolean pending = false;
        for (int i = 0; i < parts.length; i++) {
            values[i] = parts[i].executeGeneric(frame);
            pending |= values[i] instanceof Pending;
        }
        if (pending) {
            // text built from answers on their way is itself on its way (see Deferred)
            return Deferred.apply(this, InterpolationNode::concat, values);
        }
        return concat(values);
    }

    /** One builder for all parts; Strings and Ints (the common parts) skip the general display path. */
    @TruffleBoundary
    private static String concat(Object[] values) {
        StringBuilder sb = new StringBuilder();
        for (Object v : values) {
            if (v instanceof String str) {
                sb.append(str);
            } else if (v instanceof Long l) {
                sb.append(l.longValue());
            } else {
                sb.append(Display.show(v));
            }
        }
        return sb.toString();
    }
}
