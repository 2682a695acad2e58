package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** An immutable record: a shape (ordered field names) and one value per field. */
@ExportLibrary(InteropLibrary.class)
public final class LingoRecord extends LingoObject {

    private final RecordShape shape;
    private final Object[] values;
    /** The declared record type this value was checked against first, for typeOf; null if none. */
    private String typeName;

    /** Takes ownership of {@code values}. */
    public LingoRecord(RecordShape shape, Object[] values) {
        this.shape = shape;
        this.values = values;
    }

    public String typeName() {
        return typeName;
    }

    /** Remembers the first declared type the record was checked against (records stay immutable). */
    public void tagType(String name) {
        if (typeName == null) {
            typeName = name;
        }
    }

    public RecordShape shape() {
        return shape;
    }

    public Object valueAt(int index) {
        return values[index];
    }

    public Object[] values() {
        return values;
    }

    /** The value of {@code name}, or null (Java null) when there is no such field. */
    @TruffleBoundary
    public Object get(String name) {
        int i = shape.indexOf(name);
        return i < 0 ? null : values[i];
    }

    public int size() {
        return values.length;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Display.show(this);
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        Object[] names = new Object[shape.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = shape.name(i);
        }
        return new LingoList(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return shape.indexOf(member) >= 0;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        int i = shape.indexOf(member);
        if (i < 0) {
            throw UnknownIdentifierException.create(member);
        }
        if (values[i] instanceof Pending) {
            values[i] = Pending.force(values[i]);
        }
        return values[i];
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        int i = shape.indexOf(member);
        return i >= 0 && values[i] instanceof LingoFunction;
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        int i = shape.indexOf(member);
        if (i < 0 || !(values[i] instanceof LingoFunction function)) {
            throw UnknownIdentifierException.create(member);
        }
        return Pending.forceDeep(function.callUncached(arguments));
    }



    @Override
    protected Object metaObject() {
        return LingoMetaType.RECORD;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.show(this);
    }
}
