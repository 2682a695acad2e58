package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** An immutable list. The array is never written after construction. */
@ExportLibrary(InteropLibrary.class)
public final class LingoList implements TruffleObject {

    public static final LingoList EMPTY = new LingoList(new Object[0]);

    private final Object[] items;

    /** Takes ownership of {@code items}: the caller must not change it afterwards. */
    public LingoList(Object[] items) {
        this.items = items;
    }

    public int size() {
        return items.length;
    }

    public Object get(int index) {
        return items[index];
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return items.clone();
    }

    /** The backing array, for read-only use by builtins. */
    public Object[] items() {
        return items;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Display.show(this);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return items.length;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < items.length;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= items.length) {
            throw InvalidArrayIndexException.create(index);
        }
        return forceElement((int) index);
    }

    @TruffleBoundary
    private Object forceElement(int index) {
        Object v = items[index];
        if (v instanceof Pending) {
            v = Pending.force(v);
            items[index] = v;
        }
        return v;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return LingoLanguage.class;
    }

    @ExportMessage
    boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    Object getMetaObject() {
        return LingoMetaType.LIST;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.show(this);
    }
}
