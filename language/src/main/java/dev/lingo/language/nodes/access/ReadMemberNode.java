package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.frame.VirtualFrame;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.nodes.ops.Deferred;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;

/**
 * {@code r.name}: a record field (cached by shape, so a monomorphic site is one array load), a
 * builtin property such as {@code xs.size}, or a member of a foreign object. With {@code safe},
 * {@code r?.name} ends its chain with null when r is null or a record without that field.
 */
public final class ReadMemberNode extends LingoExpressionNode {

    @Child private LingoExpressionNode receiver;
    @Child private MemberLookup lookup;
    private final String name;
    private final boolean safe;
    @CompilationFinal private RecordShape cachedShape;
    @CompilationFinal private int cachedIndex = -1;

    public ReadMemberNode(LingoExpressionNode receiver, String name, boolean safe) {
        this.receiver = receiver;
        this.name = name;
        this.safe = safe;
        this.lookup = new MemberLookup(name);
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        Object value = receiver.executeGeneric(frame);
        if (value instanceof Pending) {
            return deferred(value);
        }
        if (safe && value == LingoNull.INSTANCE) {
            throw SafeChainNode.ShortCircuit.INSTANCE;
        }
        if (value instanceof LingoRecord record) {
            if (record.shape() == cachedShape) {
                if (cachedIndex < 0) {
                    throw SafeChainNode.ShortCircuit.INSTANCE; // a shape without the field, cached by `?.`
                }
                return record.valueAt(cachedIndex);
            }
            if (cachedShape == null) {
                CompilerDirectives.transferToInterpreterAndInvalidate();
                int index = record.shape().indexOf(name);
                if (index >= 0 || safe) {
                    cachedShape = record.shape();
                    cachedIndex = index;
                }
                if (index >= 0) {
                    return record.valueAt(index);
                }
            }
            if (safe && SafeChainNode.lacks(record, name)) {
                throw SafeChainNode.ShortCircuit.INSTANCE;
            }
        }
        return lookup.read(frame, value);
    }

    /** A field of an answer on its way is itself on its way (see {@link Deferred}). */
    private Object deferred(Object pending) {
        return Deferred.apply(this, v -> lookup.read(null, v[0]), pending);
    }
}
