package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;
import static dev.lingo.language.builtins.MethodTable.property;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMemory;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.vm.machine.Embeddings;
import dev.lingo.vm.memory.MemoryEntry;
import dev.lingo.vm.memory.MemoryException;
import dev.lingo.vm.memory.SearchMode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** A memory's methods: remember, recall, forget, and the properties size and name. */
final class MemoryMethods {

    /** A recall asks for at most this many records: more is a list to page through, not a recall. */
    static final int MAX_K = 1000;

    private MemoryMethods() {
    }

    static void register(Map<String, MethodSpec> t) {
        method(t, "remember", 1, 2, (r, a, n) -> remember((LingoMemory) r, a, n));
        method(t, "recall", 1, 4, (r, a, n) -> recall((LingoMemory) r, a, n));
        method(t, "forget", 1, 1, (r, a, n) -> stored(n, () -> ((LingoMemory) r).store().forget(MemoryValues.meta(a[0], "forget's filter", n))));
        property(t, "size", (r, a, n) -> stored(n, () -> ((LingoMemory) r).store().size()));
        property(t, "name", (r, a, n) -> ((LingoMemory) r).store().name());
    }

    private static Object remember(LingoMemory m, Object[] a, Node n) {
        Map<String, Object> shared = a.length > 1 ? MemoryValues.meta(a[1], "remember's meta", n) : Map.of();
        List<MemoryValues.Item> items = MemoryValues.items(a[0], shared, n);
        for (MemoryValues.Item item : items) {
            if (item.text().isBlank()) {
                throw LingoError.of("ValueError", "remember needs texts with something in them; got an empty one", n);
            }
        }
        if (items.isEmpty()) {
            return LingoNull.INSTANCE;
        }
        Embeddings e = LingoContext.get(n).models().embed(m.model(), items.stream().map(MemoryValues.Item::text).toList(), n);
        List<MemoryEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            entries.add(new MemoryEntry(items.get(i).text(), e.vectors().get(i), items.get(i).meta()));
        }
        stored(n, () -> {
            m.store().remember(entries, e.model());
            return null;
        });
        return LingoNull.INSTANCE;
    }

    private static Object recall(LingoMemory m, Object[] a, Node n) {
        String query = Args.string(a[0], "recall's query", n);
        long k = a.length > 1 ? Args.integer(a[1], "recall's k", n) : 5;
        if (k < 1 || k > MAX_K) {
            throw LingoError.of("ValueError", "recall's k is how many records to return, 1 to " + MAX_K + "; got " + k, n);
        }
        Map<String, Object> filter = a.length > 2 ? MemoryValues.meta(a[2], "recall's filter", n) : Map.of();
        SearchMode mode = a.length > 3 ? mode(a[3], n) : SearchMode.HYBRID;
        if (m.store().size() == 0) {
            return LingoList.EMPTY; // nothing to compare with: no need to embed the query
        }
        Embeddings e = mode == SearchMode.KEYWORD ? null : LingoContext.get(n).models().embed(m.model(), List.of(query), n);
        var found = stored(n, () -> m.store().recall(query, e == null ? null : e.vectors().getFirst(), e == null ? null : e.model(),
                        (int) k, filter, mode));
        return new LingoList(found.stream().map(MemoryValues::recalled).toArray());
    }

    private static SearchMode mode(Object v, Node n) {
        String mode = Args.string(v, "recall's mode", n);
        return switch (mode) {
            case "hybrid" -> SearchMode.HYBRID;
            case "vector" -> SearchMode.VECTOR;
            case "keyword" -> SearchMode.KEYWORD;
            default -> throw LingoError.of("ValueError", "recall's mode is \"hybrid\", \"vector\" or \"keyword\", not "
                            + dev.lingo.vm.types.LingoType.quote(mode), n);
        };
    }

    /** The store's refusals (another model's vectors, a lock held too long, a disk error) as Lingo errors. */
    private static <T> T stored(Node n, Supplier<T> work) {
        try {
            return work.get();
        } catch (MemoryException e) {
            throw LingoError.of("StoreError", e.getMessage(), n);
        }
    }
}
