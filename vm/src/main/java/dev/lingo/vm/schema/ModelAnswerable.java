package dev.lingo.vm.schema;

import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a model can answer with a value of a type. Every type can but one that holds a
 * function (Fn): no JSON Schema describes it and no JSON value carries it. The language checks
 * this before it sends anything, so the user gets a TypeError at the opcode.
 */
public final class ModelAnswerable {

    private ModelAnswerable() {
    }

    /** The path to the function in {@code type} ("" for the type itself, {@code items[].run} for a field), if any. */
    public static Optional<String> functionIn(LingoType type) {
        return Optional.ofNullable(find(type, ""));
    }

    private static String first(Stream<String> paths) {
        return paths.filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static String find(LingoType type, String path) {
        return switch (type) {
            case FunctionType f -> path;
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
