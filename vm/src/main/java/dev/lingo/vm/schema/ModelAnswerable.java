package dev.lingo.vm.schema;

import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a model can answer with a value of a type. Every type can but one that holds a
 * function (Fn), which no JSON value carries, or a Map or Set, which structured output cannot
 * describe (strict JSON Schema allows no open keys); each has a way around it. The language
 * checks this before it sends anything, so the user gets a TypeError at the opcode.
 */
public final class ModelAnswerable {

    private ModelAnswerable() {
    }

    /** The part of a type no model can give: where it is ("" for the type itself, {@code items[].run}) and what it is. */
    public record Unanswerable(String path, String what, String instead) {
    }

    /** The first part of {@code type} no model can give, if any. */
    public static Optional<Unanswerable> find(LingoType type) {
        return Optional.ofNullable(find(type, ""));
    }

    private static Unanswerable first(Stream<Unanswerable> found) {
        return found.filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static Unanswerable find(LingoType type, String path) {
        return switch (type) {
            case FunctionType f -> new Unanswerable(path, "a function (Fn)",
                    path.isEmpty() ? "ask for data (a String, a record) instead" : "leave the field out of the type");
            case MapType m -> new Unanswerable(path, "a Map",
                    "ask for a list of {key, value} records and call toMap() on it");
            case SetType s -> new Unanswerable(path, "a Set", "ask for a list and call set() on it");
            case ListType list -> find(list.element(), path.isEmpty() ? path : path + "[]");
            case OptionalType optional -> find(optional.inner(), path);
            case NamedType named -> find(named.target(), path);
            case UnionType union -> first(union.options().stream().map(o -> find(o, path)));
            case RecordType record -> first(record.fields().stream()
                    .map(f -> find(f.type(), path.isEmpty() ? f.name() : path + "." + f.name())));
            default -> null; // scalars and string labels
        };
    }
}
