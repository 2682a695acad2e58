package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.CanonicalJson;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.NamedType;
import dev.lingo.vm.types.LingoType.RecordType;
import dev.lingo.vm.types.LingoType.StringType;

/**
 * The schema a provider sends for one answer type. Providers whose structured output needs an
 * object root get non-record types wrapped as {@code {"value": T}}; {@link #unwrap} undoes that.
 *
 * @param name   a name for the schema that providers accept ({@code [A-Za-z0-9_-]{1,64}})
 * @param schema the JSON Schema, in the provider's profile
 * @param wrapped whether the answer arrives as {@code {"value": ...}}
 * @param hash   SHA-256 of the canonical schema: equal schemas, equal hash
 */
public record StructuredSchema(String name, ObjectNode schema, boolean wrapped, String hash) {

    public static final String VALUE_FIELD = "value";

    /** The schema for an answer of {@code type}, or null when the answer is free text (no type, or String). */
    public static StructuredSchema forAnswer(LingoType type, SchemaProfile profile) {
        if (isFreeText(type)) {
            return null;
        }
        ObjectNode schema = JsonSchemaWriter.write(type, profile);
        boolean wrap = profile.objectRoot() && !(type.resolved() instanceof RecordType);
        if (wrap) {
            schema = wrap(schema);
        }
        return new StructuredSchema(nameOf(type), schema, wrap, CanonicalJson.sha256(schema));
    }

    /** A String answer is the model's text itself; asking for JSON would only add a way to fail. */
    public static boolean isFreeText(LingoType type) {
        return type == null || type.resolved() instanceof StringType;
    }

    /** The answer without the {@code {"value": ...}} envelope; a bare value is accepted as it is. */
    public JsonNode unwrap(JsonNode answer) {
        if (wrapped && answer != null && answer.isObject() && answer.size() == 1 && answer.has(VALUE_FIELD)) {
            return answer.get(VALUE_FIELD);
        }
        return answer;
    }

    private static ObjectNode wrap(ObjectNode inner) {
        ObjectNode wrapper = Json.object().put("type", "object");
        JsonNode defs = inner.remove("$defs"); // refs are root-relative, so the definitions move up
        wrapper.putObject("properties").set(VALUE_FIELD, inner);
        wrapper.putArray("required").add(VALUE_FIELD);
        wrapper.put("additionalProperties", false);
        if (defs != null) {
            wrapper.set("$defs", defs);
        }
        return wrapper;
    }

    private static String nameOf(LingoType type) {
        String name = null;
        if (type instanceof NamedType named) {
            name = named.name();
        } else if (type instanceof RecordType record) {
            name = record.name();
        }
        if (name == null || name.isBlank()) {
            return "answer";
        }
        String clean = name.replaceAll("[^A-Za-z0-9_-]", "_");
        return clean.length() > 64 ? clean.substring(0, 64) : clean;
    }
}
