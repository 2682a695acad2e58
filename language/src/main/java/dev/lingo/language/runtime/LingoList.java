package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An immutable list. Elements {@code 0..size-1} of the array are never changed (but for a pending
 * value replaced by its answer). The array may be longer: {@code xs + ys} writes {@code ys} into
 * {@code xs}'s spare room when no other list has claimed it yet, so {@code xs += [x]} in a loop
 * is amortized O(1) while every list keeps seeing only its own elements (as Go's slices do).
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoList extends LingoObject {

    public static final LingoList EMPTY = new LingoList(new Object[0]);

    private Object[] items;
    private final int size;
    /** How much of a shared array lists use; null when the array is this list's alone and full. */
    private AtomicInteger used;

    /** Takes ownership of {@code items}: the caller must not change it afterwards. */
    public LingoList(Object[] items) {
        this.items = Values.plainArray(items);
        this.size = items.length;
    }

    private LingoList(Object[] items, int size, AtomicInteger used) {
        this.items = items;
        this.size = size;
        this.used = used;
    }

    /** {@code a + b}, in {@code a}'s array when {@code a} is the longest list using it and there is room. */
    @TruffleBoundary
    public static LingoList concat(LingoList a, LingoList b) {
        if (b.size == 0) {
            return a;
        } else if (a.size == 0) {
            return b;
        }
        int n = Math.addExact(a.size, b.size);
        Object[] shared = a.items;
        AtomicInteger claim = a.used;
        if (claim != null && shared.length >= n && claim.compareAndSet(a.size, n)) {
            System.arraycopy(b.items, 0, shared, a.size, b.size);
            return new LingoList(shared, n, claim);
        }
        if (b.size > a.size) {
            // Not an append: no spare room.
            Object[] items = Arrays.copyOf(a.items, n);
            System.arraycopy(b.items, 0, items, a.size, b.size);
            return new LingoList(items);
        }
        Object[] items = Arrays.copyOf(a.items, (int) Math.min(Integer.MAX_VALUE - 8, n + (n >> 1) + 2L));
        System.arraycopy(b.items, 0, items, a.size, b.size);
        return new LingoList(items, n, new AtomicInteger(n));
    }

    public int size() {
        return size;
    }

    public Object get(int index) {
        return items[index];
    }

    /** A copy of the elements. */
    public Object[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** The backing array, exactly {@code size} long, for read-only use by builtins. */
    public Object[] items() {
        if (items.length != size) {
            // Leave the shared array to the lists that extend this one.
            items = Arrays.copyOf(items, size);
            used = null;
        }
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
        return size;
    }

    @ExportMessage
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < size;
    }

    @ExportMessage
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (index < 0 || index >= size) {
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



    @Override
    protected Object metaObject() {
        return LingoMetaType.LIST;
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.show(this);
    }
}
