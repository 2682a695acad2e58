package dev.lingo.vm.types;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Something derived from a type (its schema, its prompt text), computed once and then shared:
 * a warm rerun asks a thousand questions of one type and must not write its schema a thousand
 * times. Bounded, because an embedder may build types on the fly for as long as it runs. The
 * function may return null (free text has no schema). Thread-safe.
 */
public final class PerTypeMemo<V> {

    private static final int LIMIT = 256;

    private final ConcurrentHashMap<LingoType, Optional<V>> values = new ConcurrentHashMap<>();
    private final Function<LingoType, V> derive;
    /** The type asked last, compared by identity: a map of a thousand items asks with one type object. */
    private volatile Entry<V> last;

    private record Entry<V>(LingoType type, V value) {
    }

    public PerTypeMemo(Function<LingoType, V> derive) {
        this.derive = derive;
    }

    public V get(LingoType type) {
        Entry<V> recent = last;
        if (recent != null && recent.type() == type) {
            return recent.value();
        }
        Optional<V> known = values.get(type);
        if (known == null) {
            known = Optional.ofNullable(derive.apply(type));
            if (values.size() >= LIMIT) {
                values.clear(); // rare: start again rather than keep an unbounded map
            }
            values.putIfAbsent(type, known);
        }
        V value = known.orElse(null);
        last = new Entry<>(type, value);
        return value;
    }
}
