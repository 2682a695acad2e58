package dev.lingo.vm.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * OpenAI's strict structured output refuses schemas past documented limits: more than 10 levels of
 * object nesting, 5,000 object properties or 1,000 enum values in all. Checked before a request
 * is sent, so the program gets the reason at once instead of an HTTP 400 per call.
 */
public final class StrictSchemaLimits {

    static final int MAX_DEPTH = 10;
    static final int MAX_PROPERTIES = 5_000;
    static final int MAX_ENUM_VALUES = 1_000;

    private final JsonNode root;
    private int properties;
    private int enumValues;
    private int deepest;

    private StrictSchemaLimits(JsonNode root) {
        this.root = root;
    }

    /** Why {@code schema} is past a limit, or empty when it is within them all. */
    public static Optional<String> problem(JsonNode schema) {
        StrictSchemaLimits limits = new StrictSchemaLimits(schema);
        limits.walk(schema, 0, 0);
        if (limits.deepest > MAX_DEPTH) {
            return Optional.of("the answer's type nests records " + limits.deepest + " levels deep; OpenAI's structured"
                            + " output allows " + MAX_DEPTH + ": flatten the type (or extract the inner part in a second step)");
        }
        if (limits.properties > MAX_PROPERTIES) {
            return Optional.of("the answer's type has " + limits.properties + " fields in all; OpenAI's structured output"
                            + " allows " + MAX_PROPERTIES);
        }
        if (limits.enumValues > MAX_ENUM_VALUES) {
            return Optional.of("the answer's type has " + limits.enumValues + " labels in all; OpenAI's structured output"
                            + " allows " + MAX_ENUM_VALUES + ": classify in two steps (a coarse label, then a fine one)");
        }
        return Optional.empty();
    }

    /** {@code hops} bounds the $ref chain: Lingo types are not recursive, a cycle is a bug to stop on. */
    private void walk(JsonNode s, int depth, int hops) {
        if (s == null || !s.isObject() || hops > 64) {
            return;
        }
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            walk(ref.startsWith("#/") ? root.at(ref.substring(1)) : null, depth, hops + 1);
        }
        if (s.has("enum")) {
            enumValues += s.get("enum").size();
        }
        if (s.has("properties")) {
            depth++;
            deepest = Math.max(deepest, depth);
            properties += s.get("properties").size();
            for (JsonNode p : s.get("properties")) {
                walk(p, depth, hops);
            }
        }
        walk(s.get("items"), depth, hops);
        for (String union : new String[]{"anyOf", "oneOf"}) {
            if (s.has(union)) {
                for (JsonNode option : s.get(union)) {
                    walk(option, depth, hops);
                }
            }
        }
    }
}
