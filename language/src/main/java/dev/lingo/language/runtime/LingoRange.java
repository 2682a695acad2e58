package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** The integers {@code start} up to {@code end} (exclusive); {@code 1..5} is {@code start=1, end=6}. */
@ExportLibrary(InteropLibrary.class)
public final class LingoRange extends LingoObject {

    private final long start;
    private final long end;
    private final boolean inclusive;

    public LingoRange(long start, long endExclusive, boolean inclusive) {
        this.start = start;
        this.end = Math.max(start, endExclusive);
        this.inclusive = inclusive;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public int size() {
        return (int) Math.min(Integer.MAX_VALUE, end - start);
    }

    /** The number of elements, without the clamp to an int that {@link #size()} applies. */
    public long length() {
        return end - start;
    }

    /** The element at {@code index} (0-based, already checked to be in range). */
    public long get(long index) {
        return start + index;
    }

    /** The most elements a List can hold (the JVM's largest array). */
    public static final int MAX_LIST_SIZE = Integer.MAX_VALUE - 8;

    @TruffleBoundary
    public LingoList toList() {
        return toList(null);
    }

    /** The range's elements as a List; {@code at} locates the error of a range too long for one. */
    @TruffleBoundary
    public LingoList toList(Node at) {
        if (length() > MAX_LIST_SIZE) {
            throw LingoError.of("ValueError", String.format("This range has %,d elements; a List holds at most %,d. "
                            + "A range itself takes no room: loop over it with `for`, or use its size, first, last or r[i]",
                            length(), MAX_LIST_SIZE), at);
        }
        Object[] items = new Object[size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = start + i;
        }
        return new LingoList(items);
    }

    @Override
    public String toString() {
        return Display.show(this);
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    long getArraySize() {
        return end - start;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < end - start;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= end - start) {
            throw InvalidArrayIndexException.create(index);
        }
        return start + index;
    }



    @Override
    protected Object metaObject() {
        return LingoMetaType.RANGE;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
