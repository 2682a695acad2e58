package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownKeyException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.HashTrie.Entry;

import java.util.Arrays;
import java.util.Comparator;

/**
 * An immutable map from any Lingo values to values, in the order keys were first added. "Changes"
 * ({@code set}, {@code remove}) return a new map sharing all but one path of a {@link HashTrie}
 * with this one, so building a map key by key is O(log n) per key. Values may be pending answers;
 * keys never are (they are hashed).
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoMap extends LingoObject {

    public static final LingoMap EMPTY = new LingoMap(HashTrie.EMPTY, 0, 0);

    private final HashTrie.Node root;
    private final int size;
    private final long nextSeq;
    /** The entries in insertion order, made on first use (the map never changes, so it stays valid). */
    private Entry[] ordered;

    private LingoMap(HashTrie.Node root, int size, long nextSeq) {
        this.root = root;
        this.size = size;
        this.nextSeq = nextSeq;
    }

    /** A map of {@code keys[i] -> values[i]}; a repeated key keeps its first position and its last value. */
    @TruffleBoundary
    public static LingoMap of(Object[] keys, Object[] values, Node at) {
        LingoMap m = EMPTY;
        for (int i = 0; i < keys.length; i++) {
            m = m.put(keys[i], values[i], at);
        }
        return m;
    }

    public int size() {
        return size;
    }

    /** The value for {@code key}, or Java null when the map has no such key. */
    @TruffleBoundary
    public Object get(Object key, Node at) {
        Entry e = root.find(Pending.force(key), ValueHash.of(key, at), 0);
        return e == null ? null : e.value();
    }

    @TruffleBoundary
    public boolean has(Object key, Node at) {
        return root.find(Pending.force(key), ValueHash.of(key, at), 0) != null;
    }

    /** This map with {@code key -> value}; an existing key keeps its position. */
    @TruffleBoundary
    public LingoMap put(Object key, Object value, Node at) {
        key = Pending.force(key);
        int hash = ValueHash.of(key, at);
        Entry old = root.find(key, hash, 0);
        if (old != null) {
            return new LingoMap(root.put(new Entry(old.key(), value, hash, old.seq()), 0), size, nextSeq);
        }
        return new LingoMap(root.put(new Entry(key, value, hash, nextSeq), 0), size + 1, nextSeq + 1);
    }

    /** This map without {@code key} (itself when it has no such key). */
    @TruffleBoundary
    public LingoMap remove(Object key, Node at) {
        key = Pending.force(key);
        HashTrie.Node smaller = root.remove(key, ValueHash.of(key, at), 0);
        if (smaller == root) {
            return this;
        }
        return smaller == null ? EMPTY : new LingoMap(smaller, size - 1, nextSeq);
    }

    /** The keys in insertion order. */
    @TruffleBoundary
    public Object[] keys() {
        Entry[] entries = entries();
        Object[] keys = new Object[entries.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = entries[i].key();
        }
        return keys;
    }

    /** The values in insertion order of their keys. */
    @TruffleBoundary
    public Object[] values() {
        Entry[] entries = entries();
        Object[] values = new Object[entries.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = entries[i].value();
        }
        return values;
    }

    /** {@code [key, value]} lists in insertion order: what {@code for k, v in m} visits. */
    @TruffleBoundary
    public LingoList pairs() {
        Entry[] entries = entries();
        Object[] pairs = new Object[entries.length];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = new LingoList(new Object[]{entries[i].key(), entries[i].value()});
        }
        return new LingoList(pairs);
    }

    @TruffleBoundary
    Entry[] entries() {
        Entry[] e = ordered;
        if (e == null) {
            e = new Entry[size];
            root.collect(e, 0);
            Arrays.sort(e, Comparator.comparingLong(Entry::seq));
            ordered = e;
        }
        return e;
    }

    /** Same keys with equal values, in any order. */
    @TruffleBoundary
    public boolean contentEquals(LingoMap other) {
        if (size != other.size) {
            return false;
        }
        for (Entry e : entries()) {
            Entry o = other.root.find(e.key(), e.hash(), 0);
            if (o == null || !Values.equal(e.value(), o.value())) {
                return false;
            }
        }
        return true;
    }

    int contentHash(Node at) {
        int h = 0;
        for (Entry e : entries()) {
            h += e.hash() ^ ValueHash.of(e.value(), at);
        }
        return h;
    }

    @Override
    protected Object metaObject() {
        return LingoMetaType.MAP;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return Display.show(this);
    }

    @ExportMessage
    boolean hasHashEntries() {
        return true;
    }

    @ExportMessage
    long getHashSize() {
        return size;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isHashEntryReadable(Object key) {
        Object k = HostValues.fromForeign(key);
        return isKeyable(k) && has(k, null);
    }

    @ExportMessage
    @TruffleBoundary
    Object readHashValue(Object key) throws UnknownKeyException {
        Object k = HostValues.fromForeign(key);
        Object v = isKeyable(k) ? get(k, null) : null;
        if (v == null) {
            throw UnknownKeyException.create(key);
        }
        return Pending.force(v);
    }

    @ExportMessage
    @TruffleBoundary
    Object getHashEntriesIterator() {
        return new ValuesIterator(pairs().items());
    }

    private static boolean isKeyable(Object k) {
        return Values.isLingoValue(k) && !(k instanceof LingoModel);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return Display.show(this);
    }
}
