package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;

/**
 * The end of a member chain with {@code ?.}: {@code a?.b.c} is null as soon as {@code a} is null
 * or a record without a field {@code b} (data read from JSON often leaves fields out).
 */
public final class SafeChainNode extends LingoExpressionNode {

    /** Thrown by a {@code ?.} link whose receiver is null; caught by the chain's outermost node. */
    public static final class ShortCircuit extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ShortCircuit INSTANCE = new ShortCircuit();
    }

    @Child private LingoExpressionNode chain;

    @TruffleBoundary
    static boolean lacks(LingoRecord record, String field) {
        return record.shape().indexOf(field) < 0;
    }

    public SafeChainNode(LingoExpressionNode chain) {
        this.chain = chain;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        try {
            return chain.executeGeneric(frame);
        } catch (ShortCircuit e) {
            return LingoNull.INSTANCE;
        }
    }
}
