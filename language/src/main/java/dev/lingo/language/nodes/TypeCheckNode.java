package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/** Checks a value against an annotation ({@code let x: T}, a parameter, a return type). */
public final class TypeCheckNode extends LingoExpressionNode {

    @Child private LingoExpressionNode value;
    private final LingoType type;
    private final String what;

    /** @param what names the checked thing in the message, e.g. {@code "parameter `stars` of `rate`"} */
    public TypeCheckNode(LingoExpressionNode value, LingoType type, String what) {
        this.value = value;
        this.type = type;
        this.what = what;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (!TypeChecker.conforms(v, type)) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("Type mismatch for " + what + ": " + TypeChecker.mismatch(v, type, ""), this);
        }
        return v;
    }
}
