package dev.lingo.vm.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads one object of {@code lingo.json} strictly: known names only, numbers where numbers belong. */
final class ConfigReader {

    private final String where;
    private final JsonNode node;

    ConfigReader(String where, JsonNode node, String... known) {
        this.where = where;
        this.node = node;
        if (!node.isObject()) {
            throw new IllegalArgumentException("lingo.json " + where + " must be an object");
        }
        Set<String> names = Set.of(known);
        node.fieldNames().forEachRemaining(name -> {
            if (!names.contains(name)) {
                throw new IllegalArgumentException("lingo.json " + where + ": unknown setting \"" + name + "\"; use "
                        + String.join(", ", known));
            }
        });
    }

    /** {@code root.name}, an empty object when absent. */
    static JsonNode section(JsonNode root, String name) {
        JsonNode s = root.get(name);
        if (s == null || s.isNull()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (!s.isObject()) {
            throw new IllegalArgumentException("lingo.json " + name + " must be an object");
        }
        return s;
    }

    static List<String> urls(String where, JsonNode value) {
        List<String> urls = new ArrayList<>();
        if (value.isTextual()) {
            urls.add(value.asText());
        } else if (value.isArray()) {
            value.forEach(v -> urls.add(v.asText()));
        }
        if (urls.isEmpty() || urls.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("lingo.json " + where + " must be a list of base URLs");
        }
        return urls;
    }

    Integer intOrNull(String name) {
        Long v = longOrNull(name);
        if (v != null && v > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("lingo.json " + where + "." + name + " is too large: " + v);
        }
        return v == null ? null : v.intValue();
    }

    int intOr(String name, int fallback) {
        Integer v = intOrNull(name);
        return v == null ? fallback : v;
    }

    Long longOrNull(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new IllegalArgumentException("lingo.json " + where + "." + name + " must be a whole number >= 0, not " + v);
        }
        return v.asLong();
    }

    Double doubleOrNull(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isNumber() || v.asDouble() < 0) {
            throw new IllegalArgumentException("lingo.json " + where + "." + name + " must be a number >= 0, not " + v);
        }
        return v.asDouble();
    }

    Duration millisOr(String name, Duration fallback) {
        Long v = longOrNull(name);
        return v == null ? fallback : Duration.ofMillis(v);
    }
}
