package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ordered field names of a record. Shapes are interned, so nodes can cache a shape and the
 * index of a field in it, and compare shapes by identity.
 */
public final class RecordShape {

    private static final Map<Key, RecordShape> INTERNED = new ConcurrentHashMap<>();
    public static final RecordShape EMPTY = of(new String[0]);

    private final String[] names;
    private final Map<String, Integer> indexes = new HashMap<>();

    private RecordShape(String[] names) {
        this.names = names;
        for (int i = 0; i < names.length; i++) {
            indexes.put(names[i], i);
        }
    }

    @TruffleBoundary
    public static RecordShape of(String... names) {
        return INTERNED.computeIfAbsent(new Key(names.clone()), k -> new RecordShape(k.names));
    }

    /** The index of {@code name}, or -1. */
    @TruffleBoundary
    public int indexOf(String name) {
        Integer i = indexes.get(name);
        return i == null ? -1 : i;
    }

    public int size() {
        return names.length;
    }

    public String name(int index) {
        return names[index];
    }

    public String[] names() {
        return names.clone();
    }

    /** This shape with {@code extra} appended (names already present keep their place). */
    @TruffleBoundary
    public RecordShape with(String[] extra) {
        String[] merged = Arrays.copyOf(names, names.length + extra.length);
        int n = names.length;
        for (String e : extra) {
            if (indexOf(e) < 0 && !Arrays.asList(merged).subList(names.length, n).contains(e)) {
                merged[n++] = e;
            }
        }
        return of(Arrays.copyOf(merged, n));
    }

    private record Key(String[] names) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Arrays.equals(names, k.names);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(names);
        }
    }
}
