package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;

/** Makes a schema also accept null, in the form strict providers understand ({@code "type": [t, "null"]}). */
final class NullableSchemas {

    private NullableSchemas() {
    }

    static ObjectNode nullable(ObjectNode schema) {
        if (schema.isEmpty()) {
            return schema; // Any already admits null
        }
        JsonNode type = schema.get("type");
        if (type != null && !schema.has("$ref")) {
            ObjectNode copy = schema.deepCopy();
            ArrayNode types = Json.array();
            if (type.isArray()) {
                types.addAll((ArrayNode) type);
            } else {
                types.add(type);
            }
            if (!contains(types, "null")) {
                types.add("null");
            }
            copy.set("type", types);
            if (copy.get("enum") instanceof ArrayNode values && !containsNull(values)) {
                values.addNull(); // an enum must list null too, or the type array alone does not admit it
            }
            return copy;
        }
        if (schema.get("anyOf") instanceof ArrayNode options && schema.size() == 1) {
            ObjectNode copy = schema.deepCopy();
            if (!hasNullOption((ArrayNode) copy.get("anyOf"))) {
                ((ArrayNode) copy.get("anyOf")).add(Json.object().put("type", "null"));
            }
            return options.isEmpty() ? schema : copy;
        }
        ObjectNode union = Json.object();
        union.putArray("anyOf").add(schema).add(Json.object().put("type", "null"));
        return union;
    }

    private static boolean contains(ArrayNode array, String text) {
        for (JsonNode n : array) {
            if (n.isTextual() && n.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsNull(ArrayNode array) {
        for (JsonNode n : array) {
            if (n.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNullOption(ArrayNode options) {
        for (JsonNode option : options) {
            JsonNode type = option.get("type");
            if (option.size() == 1 && type != null && type.isTextual() && type.asText().equals("null")) {
                return true;
            }
        }
        return false;
    }
}
