package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an answer against its Lingo type and returns the value the language should see: records
 * rebuilt in field order (absent optional fields as null, unknown fields dropped), Ints as longs,
 * Floats as doubles. Every mismatch is reported with its path; nothing is silently changed in meaning.
 */
public final class AnswerValidator {

    private final List<ValidationError> errors;
    private final boolean coerce;

    private AnswerValidator(List<ValidationError> errors, boolean coerce) {
        this.errors = errors;
        this.coerce = coerce;
    }

    public static ValidationResult validate(JsonNode value, LingoType type) {
        List<ValidationError> errors = new ArrayList<>();
        JsonNode checked = new AnswerValidator(errors, true).check(value, type, "");
        return new ValidationResult(errors.isEmpty() ? checked : null, errors);
    }

    private JsonNode check(JsonNode value, LingoType type, String path) {
        JsonNode v = value == null || value.isMissingNode() ? NullNode.instance : value;
        return switch (type) {
            case AnyType any -> v;
            case NamedType named -> check(v, named.target(), path);
            case OptionalType optional -> v.isNull() ? NullNode.instance : check(v, optional.inner(), path);
            case NullType n -> v.isNull() ? v : fail(path, type, v);
            case StringType s -> v.isTextual() ? v : fail(path, type, v);
            case BoolType b -> {
                Boolean bool = ScalarCoercions.toBoolean(v, coerce);
                yield bool == null ? fail(path, type, v) : BooleanNode.valueOf(bool);
            }
            case IntType i -> integer(v, i, path);
            case FloatType f -> decimal(v, f, path);
            case LiteralUnionType literals -> {
                String literal = ScalarCoercions.toLiteral(v, literals.values(), coerce);
                yield literal == null ? fail(path, type, v) : TextNode.valueOf(literal);
            }
            case ListType list -> list(v, list, path);
            case RecordType record -> record(v, record, path);
            case UnionType union -> union(v, union, path);
            case FunctionType f -> fail(path, type, v);
            case MapType m -> fail(path, type, v);
            case SetType s -> fail(path, type, v);
        };
    }

    private JsonNode integer(JsonNode v, IntType type, String path) {
        Long n = ScalarCoercions.toLong(v, coerce);
        if (n == null || type.min() != null && n < type.min() || type.max() != null && n > type.max()) {
            return fail(path, type, v);
        }
        return LongNode.valueOf(n);
    }

    private JsonNode decimal(JsonNode v, FloatType type, String path) {
        Double d = ScalarCoercions.toDouble(v, coerce);
        if (d == null || type.min() != null && d < type.min() || type.max() != null && d > type.max()) {
            return fail(path, type, v);
        }
        return DoubleNode.valueOf(d);
    }

    private JsonNode list(JsonNode v, ListType type, String path) {
        if (!v.isArray()) {
            return fail(path, type, v);
        }
        ArrayNode out = Json.array();
        for (int i = 0; i < v.size(); i++) {
            out.add(check(v.get(i), type.element(), path + "[" + i + "]"));
        }
        return out;
    }

    private JsonNode record(JsonNode v, RecordType type, String path) {
        if (!v.isObject()) {
            return fail(path, type, v);
        }
        ObjectNode out = Json.object();
        for (Field field : type.fields()) {
            String fieldPath = path.isEmpty() ? field.name() : path + "." + field.name();
            JsonNode fieldValue = RecordFields.find((ObjectNode) v, field.name(), coerce);
            if (fieldValue == null && field.optional()) {
                out.putNull(field.name());
            } else if (fieldValue == null) {
                String expected = shown(field.type());
                errors.add(new ValidationError(fieldPath, expected, "missing (expected " + expected + ")"));
            } else {
                out.set(field.name(), check(fieldValue, field.type(), fieldPath));
            }
        }
        return out;
    }

    /** The first option that fits exactly wins; only then are coercions tried ({@code "5"} stays a String in {@code Int | String}). */
    private JsonNode union(JsonNode v, UnionType type, String path) {
        for (boolean coerceNow : coerce ? new boolean[] {false, true} : new boolean[] {false}) {
            for (LingoType option : type.options()) {
                List<ValidationError> trial = new ArrayList<>();
                JsonNode fitted = new AnswerValidator(trial, coerceNow).check(v, option, path);
                if (trial.isEmpty()) {
                    return fitted;
                }
            }
        }
        List<LingoType> sameShape = type.options().stream().filter(o -> sameShape(o, v)).toList();
        if (sameShape.size() == 1) {
            return check(v, sameShape.getFirst(), path); // report the errors inside the one plausible option
        }
        return fail(path, type, v);
    }

    private static boolean sameShape(LingoType option, JsonNode v) {
        LingoType t = option.resolved();
        while (t instanceof OptionalType optional) {
            t = optional.inner().resolved();
        }
        return v.isObject() && t instanceof RecordType || v.isArray() && t instanceof ListType;
    }

    /** An alias of a scalar is shown as what it stands for: "Int in 1..5" tells a model more than "Stars". */
    private static String shown(LingoType type) {
        return type instanceof NamedType named && !(named.resolved() instanceof RecordType)
                ? shown(named.target()) : type.display();
    }

    private JsonNode fail(String path, LingoType expected, JsonNode got) {
        errors.add(new ValidationError(path, expected.display(),
                "expected " + expected.display() + ", got " + ValueDescriber.describe(got)));
        return got;
    }
}
