package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

/** Renders a {@link LingoType} as a JSON Schema in one {@link SchemaProfile}. One instance per schema. */
public final class JsonSchemaWriter {

    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final SchemaProfile profile;
    private final RecordCensus census;
    private final ObjectNode defs = Json.object();

    private JsonSchemaWriter(SchemaProfile profile, RecordCensus census) {
        this.profile = profile;
        this.census = census;
    }

    /** The schema of {@code type}, with {@code $schema} and {@code $defs} at the root when the profile has them. */
    public static ObjectNode write(LingoType type, SchemaProfile profile) {
        RecordCensus census = profile.definitions() ? RecordCensus.of(type) : RecordCensus.NONE;
        JsonSchemaWriter writer = new JsonSchemaWriter(profile, census);
        ObjectNode body = writer.schema(type);
        ObjectNode root = Json.object();
        if (profile.dialectKeyword()) {
            root.put("$schema", DIALECT);
        }
        root.setAll(body);
        if (!writer.defs.isEmpty()) {
            root.set("$defs", writer.defs);
        }
        return root;
    }

    private ObjectNode schema(LingoType type) {
        return switch (type) {
            case AnyType any -> profile.allRequired() ? anyScalar() : Json.object();
            case NullType n -> typed("null");
            case BoolType b -> typed("boolean");
            case StringType s -> typed("string");
            case FunctionType f -> throw new SchemaException("a function (Fn) cannot be the answer of a model");
            case MapType m -> throw new SchemaException("a Map cannot be the answer of a model: extract a list of {key, value} records and call toMap() on it");
            case SetType s -> throw new SchemaException("a Set cannot be the answer of a model: extract a list and call set() on it");
            case IntType i -> bounded(typed("integer"), i.min(), i.max());
            case FloatType f -> bounded(typed("number"), f.min(), f.max());
            case ListType list -> typed("array").set("items", schema(list.element()));
            case RecordType record -> record(record.name(), record);
            case LiteralUnionType literals -> literals(literals);
            case UnionType union -> anyOf(union);
            case OptionalType optional -> NullableSchemas.nullable(schema(optional.inner()));
            case NamedType named -> named.resolved() instanceof RecordType record
                    ? record(named.name(), record) : schema(named.target());
        };
    }

    private ObjectNode record(String name, RecordType record) {
        if (name == null || !census.shared(name)) {
            return recordBody(name, record);
        }
        if (!defs.has(name)) {
            defs.set(name, recordBody(name, record));
        }
        return Json.object().put("$ref", "#/$defs/" + name);
    }

    private ObjectNode recordBody(String name, RecordType record) {
        ObjectNode schema = typed("object");
        if (name != null) {
            schema.put("title", name);
        }
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = Json.array();
        for (Field field : record.fields()) {
            ObjectNode property = schema(field.type());
            if (field.description() != null && !field.description().isBlank()) {
                property.put("description", field.description());
            }
            properties.set(field.name(), property);
            if (!field.optional() || profile.allRequired()) {
                required.add(field.name());
            }
        }
        schema.set("required", required);
        schema.put("additionalProperties", false);
        return schema;
    }

    private static ObjectNode literals(LiteralUnionType literals) {
        ObjectNode schema = typed("string");
        ArrayNode values = schema.putArray("enum");
        literals.values().forEach(values::add);
        return schema;
    }

    private ObjectNode anyOf(UnionType union) {
        ObjectNode schema = Json.object();
        ArrayNode options = schema.putArray("anyOf");
        union.options().forEach(option -> options.add(schema(option)));
        return schema;
    }

    private static ObjectNode bounded(ObjectNode schema, Number min, Number max) {
        putNumber(schema, "minimum", min);
        putNumber(schema, "maximum", max);
        return schema;
    }

    private static void putNumber(ObjectNode schema, String key, Number value) {
        if (value instanceof Long l) {
            schema.put(key, l.longValue());
        } else if (value != null) {
            schema.put(key, value.doubleValue());
        }
    }

    /** Strict modes need a type on every schema; Any becomes any JSON scalar there. */
    private static ObjectNode anyScalar() {
        ObjectNode schema = Json.object();
        schema.putArray("type").add("string").add("number").add("boolean").add("null");
        return schema;
    }

    private static ObjectNode typed(String type) {
        return Json.object().put("type", type);
    }
}
