package dev.lingo.vm.types;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A Lingo type as the model machine sees it: the same description serves run-time checks in
 * the language and the JSON Schema of an LLM opcode. Immutable; structural equality.
 */
public sealed interface LingoType {

    /** The type as a person writes it in Lingo source, e.g. {@code Int in 1..5} or {@code [String]?}. */
    String display();

    record AnyType() implements LingoType {
        public String display() { return "Any"; }
    }

    record NullType() implements LingoType {
        public String display() { return "Null"; }
    }

    record BoolType() implements LingoType {
        public String display() { return "Bool"; }
    }

    record StringType() implements LingoType {
        public String display() { return "String"; }
    }

    record FunctionType() implements LingoType {
        public String display() { return "Fn"; }
    }

    /** A 64-bit integer, optionally bounded (inclusive); a bound of null means unbounded. */
    record IntType(Long min, Long max) implements LingoType {
        public String display() {
            return min == null && max == null ? "Int" : "Int in " + bound(min) + ".." + bound(max);
        }
    }

    /** A double, optionally bounded (inclusive). */
    record FloatType(Double min, Double max) implements LingoType {
        public String display() {
            return min == null && max == null ? "Float" : "Float in " + bound(min) + ".." + bound(max);
        }
    }

    record ListType(LingoType element) implements LingoType {
        public String display() { return "[" + element.display() + "]"; }
    }

    /** {@code [K: V]}: a Lingo Map. Maps live in the language only; no model answers one. */
    record MapType(LingoType key, LingoType value) implements LingoType {
        public String display() {
            return key instanceof AnyType && value instanceof AnyType ? "Map" : "[" + key.display() + ": " + value.display() + "]";
        }
    }

    /** A Lingo Set of elements of one type; like a Map, never a model's answer. */
    record SetType(LingoType element) implements LingoType {
        public String display() { return "Set"; }
    }

    /** A field of a record type; a field whose type is optional may be absent. */
    record Field(String name, LingoType type, String description) {
        public boolean optional() { return type instanceof OptionalType; }
    }

    /** A record with ordered fields; {@code name} is the declared type name or null for a literal type. */
    record RecordType(String name, List<Field> fields) implements LingoType {
        public RecordType {
            fields = List.copyOf(fields);
        }

        public Field field(String fieldName) {
            for (Field f : fields) {
                if (f.name().equals(fieldName)) {
                    return f;
                }
            }
            return null;
        }

        public String display() {
            if (name != null) {
                return name;
            }
            return fields.stream().map(f -> f.name() + ": " + f.type().display())
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    /** One of a fixed set of strings: {@code "positive" | "negative"}; the JSON Schema enum. */
    record LiteralUnionType(List<String> values) implements LingoType {
        public LiteralUnionType {
            values = List.copyOf(values);
        }

        public String display() {
            return values.stream().map(LingoType::quote).collect(Collectors.joining(" | "));
        }
    }

    /** A value of any of several types: {@code Int | String}. */
    record UnionType(List<LingoType> options) implements LingoType {
        public UnionType {
            options = List.copyOf(options);
        }

        public String display() {
            return options.stream().map(LingoType::displayNested).collect(Collectors.joining(" | "));
        }
    }

    /** {@code T?}: a T or null; as a record field, also absent. */
    record OptionalType(LingoType inner) implements LingoType {
        public String display() { return displayNested(inner) + "?"; }
    }

    /** A declared alias ({@code type Stars = Int in 1..5}); checks like its target, displays its name. */
    record NamedType(String name, LingoType target) implements LingoType {
        public String display() { return name; }
    }

    /** The type with aliases removed at the top level. */
    default LingoType resolved() {
        LingoType t = this;
        while (t instanceof NamedType named) {
            t = named.target();
        }
        return t;
    }

    LingoType ANY = new AnyType();
    LingoType NULL = new NullType();
    LingoType BOOL = new BoolType();
    LingoType STRING = new StringType();
    LingoType INT = new IntType(null, null);
    LingoType FLOAT = new FloatType(null, null);
    LingoType FUNCTION = new FunctionType();
    LingoType MAP = new MapType(ANY, ANY);
    LingoType SET = new SetType(ANY);

    private static String bound(Object b) {
        return b == null ? "" : b.toString();
    }

    private static String displayNested(LingoType t) {
        return t instanceof UnionType || t instanceof LiteralUnionType lit && lit.values().size() > 1
                ? "(" + t.display() + ")" : t.display();
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
