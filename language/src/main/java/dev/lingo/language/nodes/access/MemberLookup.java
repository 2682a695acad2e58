package dev.lingo.language.nodes.access;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.builtins.MethodNode;
import dev.lingo.language.builtins.MethodSpec;
import dev.lingo.language.builtins.MethodTable;
import dev.lingo.language.builtins.ReceiverKind;
import dev.lingo.language.parser.Suggestions;
import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Values;

/** The slow paths of member access: record fields by name, builtin properties, foreign members. */
public final class MemberLookup extends Node {

    private final String name;
    @CompilationFinal private ReceiverKind cachedKind;
    @Child private MethodNode property;

    public MemberLookup(String name) {
        this.name = name;
    }

    public Object read(VirtualFrame frame, Object value) {
        if (value instanceof LingoRecord record) {
            return readField(record);
        }
        ReceiverKind kind = ReceiverKind.of(value);
        if (kind == ReceiverKind.HOST) {
            return readForeign(value);
        }
        if (kind == cachedKind) {
            return property.execute(frame, value, new Object[0]);
        }
        if (cachedKind == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            property = insert(propertyNode(kind, value));
            cachedKind = kind;
            return property.execute(frame, value, new Object[0]);
        }
        return readMegamorphic(kind, value);
    }

    @TruffleBoundary
    private Object readMegamorphic(ReceiverKind kind, Object value) {
        return insert(propertyNode(kind, value)).execute(null, value, new Object[0]);
    }

    private MethodNode propertyNode(ReceiverKind kind, Object value) {
        MethodSpec spec = MethodTable.lookup(kind, name);
        if (spec == null || !spec.property()) {
            throw noMember(kind, value);
        }
        return spec.factory().get();
    }

    @TruffleBoundary
    private Object readField(LingoRecord record) {
        Object v = record.get(name);
        if (v == null) {
            throw LingoError.of("KeyError", "The record has no field `" + name + "`"
                            + Suggestions.didYouMean(name, java.util.Arrays.asList(record.shape().names()))
                            + " (its fields: " + String.join(", ", record.shape().names()) + ")", this);
        }
        return v;
    }

    @TruffleBoundary
    private Object readForeign(Object value) {
        dev.lingo.language.ahead.Speculation.checkEffect(); // a host object's members may do anything
        InteropLibrary lib = InteropLibrary.getUncached(value);
        if (lib.hasArrayElements(value)) {
            MethodSpec spec = MethodTable.lookup(ReceiverKind.LIST, name);
            if (spec != null && spec.property()) {
                return spec.factory().get().execute(null, Iteration.asListOrNull(value), new Object[0]);
            }
        }
        LingoRecord hostRecord = HostRecords.javaRecordOrNull(value);
        if (hostRecord != null && hostRecord.get(name) != null) {
            return hostRecord.get(name);
        }
        try {
            boolean javaMethod = lib.isMemberInvocable(value, name) && LingoContext.get(this).env().isHostObject(value);
            if (lib.isMemberReadable(value, name) && !javaMethod) {
                return HostValues.fromForeign(lib.readMember(value, name));
            }
            if (lib.hasHashEntries(value) && lib.isHashEntryReadable(value, name)) {
                return HostValues.fromForeign(lib.readHashValue(value, name));
            }
        } catch (InteropException e) {
            throw LingoError.of("KeyError", "Cannot read `" + name + "`: " + e.getMessage(), this);
        }
        if (Iteration.asListOrNull(value) != null) {
            MethodSpec spec = MethodTable.lookup(ReceiverKind.LIST, name);
            if (spec != null && spec.property()) {
                return spec.factory().get().execute(null, Iteration.asListOrNull(value), new Object[0]);
            }
        }
        LingoRecord asRecord = HostRecords.asRecordOrNull(value);
        if (asRecord != null && asRecord.get(name) != null) {
            return asRecord.get(name);
        }
        throw LingoError.of("KeyError", "The " + Values.typeName(value) + " value has no member `" + name + "`", this);
    }

    @TruffleBoundary
    private LingoError noMember(ReceiverKind kind, Object value) {
        MethodSpec spec = MethodTable.lookup(kind, name);
        if (spec != null) {
            return LingoError.typeError("`" + name + "` is a method of " + kind.display() + ": call it as `."
                            + name + "(…)`", this);
        }
        return LingoError.typeError(kind.display() + " has no property `" + name + "`"
                        + Suggestions.didYouMean(name, MethodTable.names(kind)), this);
    }
}
