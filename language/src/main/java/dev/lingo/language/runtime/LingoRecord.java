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

    /** For a module imported with {@code as}: each field reads its module name's cell, so a {@code var} reads as it is now. */
    private final GlobalCell[] cells;

    /** Takes ownership of {@code values}. */
    public LingoRecord(RecordShape shape, Object[] values) {
        this.shape = shape;
        this.values = Values.plainArray(values);
        this.cells = null;
    }

    private LingoRecord(RecordShape shape, GlobalCell[] cells) {
        this.shape = shape;
        this.values = new Object[cells.length];
        this.cells = cells;
    }

    /** {@code import "m" as m}: a record of the module's public names whose fields follow the names' current values. */
    public static LingoRecord ofModule(RecordShape shape, GlobalCell[] cells) {
        return new LingoRecord(shape, cells);
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
        return cells == null ? values[index] : current(index);
    }

    /** The values, in field order (of a module record: as they are now). */
    public Object[] values() {
        if (cells != null) {
            for (int i = 0; i < values.length; i++) {
                current(i);
            }
        }
        return values;
    }

    private Object current(int index) {
        Object v = cells[index] == null ? null : cells[index].get();
        values[index] = v == null ? LingoNull.INSTANCE : v;
        return values[index];
    }

    /** The value of {@code name}, or null (Java null) when there is no such field. */
    @TruffleBoundary
    public Object get(String name) {
        int i = shape.indexOf(name);
        return i < 0 ? null : valueAt(i);
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
        Object v = valueAt(i);
        if (v instanceof Pending) {
            v = Pending.force(v);
            if (cells == null) {
                values[i] = v;
            }
        }
        return v;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        int i = shape.indexOf(member);
        return i >= 0 && valueAt(i) instanceof LingoFunction;
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        int i = shape.indexOf(member);
        if (i < 0 || !(valueAt(i) instanceof LingoFunction function)) {
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
