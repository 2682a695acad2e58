package dev.lingo.language.nodes;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.types.TypeChecker;
import dev.lingo.vm.types.LingoType;

/** Checks a value against an annotation ({@code let x: T}, a parameter, a return type). */
public final class TypeCheckNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }


    @Child private LingoExpressionNode value;
    private final LingoType type;
    private final String what;
    /** A check that needs no boundary call: 0 none, 1 Int, 2 Float, 3 String, 4 Bool, 5 Any. */
    private final int quickKind;
    private final String recordTypeName;

    /** @param what names the checked thing in the message, e.g. {@code "parameter `stars` of `rate`"} */
    public TypeCheckNode(LingoExpressionNode value, LingoType type, String what) {
        this.value = value;
        this.type = type;
        this.what = what;
        this.quickKind = quickKind(type.resolved());
        this.recordTypeName = type instanceof LingoType.NamedType named && named.target() instanceof LingoType.RecordType
                        ? named.name() : null;
    }

    private static int quickKind(LingoType t) {
        if (t instanceof LingoType.IntType i && i.min() == null && i.max() == null) {
            return 1;
        } else if (t instanceof LingoType.FloatType f && f.min() == null && f.max() == null) {
            return 2;
        } else if (t instanceof LingoType.StringType) {
            return 3;
        } else if (t instanceof LingoType.BoolType) {
            return 4;
        } else if (t instanceof LingoType.AnyType) {
            return 5;
        }
        return 0;
    }

    private boolean quickCheck(Object v) {
        return switch (quickKind) {
            case 1 -> v instanceof Long;
            case 2 -> v instanceof Double || v instanceof Long;
            case 3 -> v instanceof String;
            case 4 -> v instanceof Boolean;
            case 5 -> true;
            default -> false;
        };
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object v = value.executeGeneric(frame);
        if (quickCheck(v)) {
            return v;
        }
        if (!TypeChecker.conforms(v, type)) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("Type mismatch for " + what + ": " + TypeChecker.mismatch(v, type, ""), this);
        }
        if (recordTypeName != null && v instanceof LingoRecord record) {
            record.tagType(recordTypeName);
        }
        return v;
    }
}
