package dev.lingo.vm.schema;

import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.NamedType;
import dev.lingo.vm.types.LingoType.OptionalType;
import dev.lingo.vm.types.LingoType.RecordType;
import dev.lingo.vm.types.LingoType.UnionType;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Which record names occur more than once with one shape, and so are worth a {@code $defs} entry. */
record RecordCensus(Set<String> sharedNames) {
    static final RecordCensus NONE = new RecordCensus(Set.of());

    boolean shared(String name) {
        return sharedNames.contains(name);
    }

    static RecordCensus of(LingoType type) {
        Map<String, Integer> uses = new HashMap<>();
        Map<String, RecordType> shapes = new HashMap<>();
        Set<String> conflicts = new HashSet<>();
        walk(type, uses, shapes, conflicts);
        Set<String> shared = new HashSet<>();
        uses.forEach((name, count) -> {
            if (count > 1 && !conflicts.contains(name)) {
                shared.add(name);
            }
        });
        return new RecordCensus(shared);
    }

    private static void walk(LingoType type, Map<String, Integer> uses, Map<String, RecordType> shapes,
                             Set<String> conflicts) {
        switch (type) {
            case NamedType named when named.resolved() instanceof RecordType record ->
                    visitRecord(named.name(), record, uses, shapes, conflicts);
            case NamedType named -> walk(named.target(), uses, shapes, conflicts);
            case RecordType record -> visitRecord(record.name(), record, uses, shapes, conflicts);
            case ListType list -> walk(list.element(), uses, shapes, conflicts);
            case OptionalType optional -> walk(optional.inner(), uses, shapes, conflicts);
            case UnionType union -> union.options().forEach(o -> walk(o, uses, shapes, conflicts));
            default -> { }
        }
    }

    private static void visitRecord(String name, RecordType record, Map<String, Integer> uses,
                                    Map<String, RecordType> shapes, Set<String> conflicts) {
        if (name != null) {
            uses.merge(name, 1, Integer::sum);
            RecordType earlier = shapes.putIfAbsent(name, record);
            if (earlier != null && !earlier.fields().equals(record.fields())) {
                conflicts.add(name); // two different records with one name: inline both
            }
        }
        record.fields().forEach(f -> walk(f.type(), uses, shapes, conflicts));
    }
}
