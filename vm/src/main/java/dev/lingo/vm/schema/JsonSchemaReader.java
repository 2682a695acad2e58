package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Declares a Lingo type from a JSON Schema: the subset {@link JsonSchemaWriter} emits, plus the
 * common spellings of it ({@code oneOf}, {@code definitions}, {@code exclusiveMinimum}, {@code const}).
 * Lingo types cannot be recursive, so a recursive {@code $ref} is an error; so are keywords whose
 * meaning a Lingo type cannot carry ({@code allOf}, {@code not}, {@code if}, {@code prefixItems}).
 * Free-form objects (no {@code properties}) read as {@code Any}.
 */
public final class JsonSchemaReader {

    private static final List<String> UNSUPPORTED = List.of("allOf", "not", "if", "prefixItems", "patternProperties");
    /** Constraints Lingo's types do not carry: accepting them silently would weaken the type. */
    private static final List<String> UNCHECKED = List.of("pattern", "format", "minLength", "maxLength", "minItems",
                    "maxItems", "uniqueItems", "multipleOf", "minProperties", "maxProperties", "contains", "propertyNames");

    private final JsonNode root;
    private final Set<String> resolving = new HashSet<>();

    private JsonSchemaReader(JsonNode root) {
        this.root = root;
    }

    public static LingoType read(JsonNode schema) {
        return new JsonSchemaReader(schema).type(schema, null);
    }

    public static LingoType read(Path file) throws IOException {
        return read(Json.parse(Files.readString(file)));
    }

    private LingoType type(JsonNode s, String defName) {
        if (s.isBoolean()) {
            if (s.booleanValue()) {
                return LingoType.ANY;
            }
            throw new SchemaException("the schema 'false' admits no value");
        }
        if (!s.isObject()) {
            throw new SchemaException("a schema must be an object or a boolean, got " + s);
        }
        for (String keyword : UNSUPPORTED) {
            if (s.has(keyword)) {
                throw new SchemaException("JSON Schema keyword '" + keyword + "' has no Lingo type");
            }
        }
        for (String keyword : UNCHECKED) {
            if (s.has(keyword)) {
                throw new SchemaException("JSON Schema keyword '" + keyword + "' in " + excerpt(s) + " is a rule Lingo would"
                                + " not check, so the type would admit what the file forbids; remove it (say the rule in a"
                                + " \"description\", which the model reads) or check it in code");
            }
        }
        if (s.has("additionalProperties") && s.get("additionalProperties").isObject()) {
            throw new SchemaException("'additionalProperties' with a schema in " + excerpt(s) + " describes a map, which"
                            + " a model cannot give under strict structured output; use an array of {key, value} objects"
                            + " and call toMap() on the answer");
        }
        if (s.has("$ref")) {
            return reference(s.get("$ref").asText());
        }
        if (s.has("const")) {
            return literals(Json.array().add(s.get("const")));
        }
        if (s.has("enum")) {
            return literals(s.get("enum"));
        }
        if (s.has("anyOf") || s.has("oneOf")) {
            return union(s.has("anyOf") ? s.get("anyOf") : s.get("oneOf"));
        }
        JsonNode type = s.get("type");
        if (type == null) {
            return s.has("properties") ? object(s, defName) : s.has("items") ? list(s) : LingoType.ANY;
        }
        if (type.isTextual()) {
            return single(type.asText(), s, defName);
        }
        List<LingoType> options = new ArrayList<>();
        type.forEach(t -> options.add(single(t.asText(), s, defName)));
        return combine(options);
    }

    private LingoType single(String typeName, JsonNode s, String defName) {
        return switch (typeName) {
            case "string" -> LingoType.STRING;
            case "boolean" -> LingoType.BOOL;
            case "null" -> LingoType.NULL;
            case "integer" -> SchemaBounds.intType(s);
            case "number" -> SchemaBounds.floatType(s);
            case "array" -> list(s);
            case "object" -> s.has("properties") ? object(s, defName) : LingoType.ANY;
            default -> throw new SchemaException("unknown JSON Schema type '" + typeName + "'");
        };
    }

    /** The schema object where a keyword was found, short enough for a message. */
    private static String excerpt(JsonNode s) {
        String text = s.toString();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    private LingoType list(JsonNode s) {
        JsonNode items = s.get("items");
        return new ListType(items == null ? LingoType.ANY : type(items, null));
    }

    private LingoType object(JsonNode s, String defName) {
        Set<String> required = new LinkedHashSet<>();
        JsonNode req = s.get("required");
        if (req != null) {
            req.forEach(r -> required.add(r.asText()));
        }
        List<Field> fields = new ArrayList<>();
        for (var property : s.get("properties").properties()) {
            JsonNode p = property.getValue();
            LingoType t = type(p, null);
            if (!required.contains(property.getKey())) {
                t = optional(t);
            }
            String description = p.hasNonNull("description") ? p.get("description").asText() : null;
            fields.add(new Field(property.getKey(), t, description));
        }
        String name = s.hasNonNull("title") ? s.get("title").asText() : defName;
        return new RecordType(name, fields);
    }

    private LingoType reference(String ref) {
        if (!ref.startsWith("#/")) {
            throw new SchemaException("only local references (#/$defs/Name) are supported, got '" + ref + "'");
        }
        JsonNode target = root.at(ref.substring(1));
        if (target.isMissingNode()) {
            throw new SchemaException("reference '" + ref + "' points to nothing");
        }
        if (!resolving.add(ref)) {
            throw new SchemaException("recursive schema at '" + ref + "': Lingo types cannot refer to themselves");
        }
        try {
            return type(target, ref.substring(ref.lastIndexOf('/') + 1));
        } finally {
            resolving.remove(ref);
        }
    }

    private static LingoType literals(JsonNode values) {
        List<String> strings = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode v : values) {
            if (v.isNull()) {
                nullable = true;
            } else if (v.isTextual()) {
                strings.add(v.asText());
            } else {
                throw new SchemaException("only string enums have a Lingo type, got " + v);
            }
        }
        LingoType t = strings.isEmpty() ? LingoType.NULL : new LiteralUnionType(strings);
        return nullable ? optional(t) : t;
    }

    private LingoType union(JsonNode options) {
        List<LingoType> types = new ArrayList<>();
        options.forEach(o -> types.add(type(o, null)));
        return combine(types);
    }

    /** Null among the options makes the rest optional: {@code T | null} is {@code T?}. */
    private static LingoType combine(List<LingoType> options) {
        boolean nullable = options.stream().anyMatch(t -> t instanceof NullType);
        List<LingoType> rest = options.stream().filter(t -> !(t instanceof NullType)).toList();
        LingoType t = rest.isEmpty() ? LingoType.NULL : rest.size() == 1 ? rest.getFirst() : new UnionType(rest);
        return nullable && !rest.isEmpty() ? optional(t) : t;
    }

    private static LingoType optional(LingoType t) {
        return t instanceof OptionalType || t instanceof AnyType || t instanceof NullType ? t : new OptionalType(t);
    }
}
