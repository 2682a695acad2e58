package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Values;

/** {@code r with { a: 1 }}: a copy of r with fields replaced or appended. */
public final class WithNode extends LingoExpressionNode {
    @Override
    public boolean mayBePending() {
        return false;
    }


    @Child private LingoExpressionNode base;
    @Children private final LingoExpressionNode[] values;
    private final String[] names;

    public WithNode(LingoExpressionNode base, String[] names, LingoExpressionNode[] values) {
        this.base = base;
        this.names = names;
        this.values = values;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object target = base.executeGeneric(frame);
        Object[] updates = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            updates[i] = values[i].executeGeneric(frame);
        }
        LingoRecord record = target instanceof LingoRecord r ? r : HostRecords.asRecordOrNull(target);
        if (record == null) {
            throw LingoError.typeError("`with` needs a record on its left, got " + Values.typeName(target), this);
        }
        return update(record, updates);
    }

    @TruffleBoundary
    private LingoRecord update(LingoRecord record, Object[] updates) {
        RecordShape shape = record.shape().with(names);
        Object[] out = java.util.Arrays.copyOf(record.values(), shape.size());
        for (int i = 0; i < names.length; i++) {
            out[shape.indexOf(names[i])] = updates[i];
        }
        return new LingoRecord(shape, out);
    }
}
