package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

/**
 * An immutable set of Lingo values in the order they were first added: the keys of a
 * {@link LingoMap}. To embedders it is an array of its elements in that order.
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoSet extends LingoObject {

    public static final LingoSet EMPTY = new LingoSet(LingoMap.EMPTY);

    private final LingoMap members;

    private LingoSet(LingoMap members) {
        this.members = members;
    }

    @TruffleBoundary
    public static LingoSet of(Object[] elements, Node at) {
        LingoMap m = LingoMap.EMPTY;
        for (Object e : elements) {
            m = m.put(e, Boolean.TRUE, at);
        }
        return new LingoSet(m);
    }

    public int size() {
        return members.size();
    }

    public boolean has(Object element, Node at) {
        return members.has(element, at);
    }

    public LingoSet add(Object element, Node at) {
        LingoMap m = members.put(element, Boolean.TRUE, at);
        return m.size() == members.size() ? this : new LingoSet(m);
    }

    public LingoSet remove(Object element, Node at) {
        LingoMap m = members.remove(element, at);
        return m == members ? this : new LingoSet(m);
    }

    /** The elements in insertion order. */
    public Object[] elements() {
        return members.keys();
    }

    @TruffleBoundary
    public LingoSet union(LingoSet other, Node at) {
        LingoSet out = this;
        for (Object e : other.elements()) {
            out = out.add(e, at);
        }
        return out;
    }

    @TruffleBoundary
    public LingoSet intersect(LingoSet other, Node at) {
        LingoSet out = this;
        for (Object e : elements()) {
            if (!other.has(e, at)) {
                out = out.remove(e, at);
            }
        }
        return out;
    }

    @TruffleBoundary
    public LingoSet difference(LingoSet other, Node at) {
        LingoSet out = this;
        for (Object e : other.elements()) {
            out = out.remove(e, at);
        }
        return out;
    }

    @TruffleBoundary
    public boolean contentEquals(LingoSet other) {
        return members.contentEquals(other.members);
    }

    int contentHash(Node at) {
        return members.contentHash(at);
    }

    @Override
    protected Object metaObject() {
        return LingoMetaType.SET;
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
        return size();
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size()) {
            throw InvalidArrayIndexException.create(index);
        }
        return elements()[(int) index];
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.show(this);
    }
}
