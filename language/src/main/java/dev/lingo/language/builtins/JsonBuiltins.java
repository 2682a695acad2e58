package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.HostRecords;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.JsonValues;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoMap;
import dev.lingo.language.runtime.LingoSet;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Values;


/** {@code std:json}: JSON text to Lingo values and back, through Jackson. */
public final class JsonBuiltins {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBuiltins() {
    }

    static void register() {
        add("json.parse", 1, 1, (a, n) -> parse(Args.string(a[0], "parse's argument", n), n));
        add("json.stringify", 1, 2, (a, n) -> stringify(a[0], a.length > 1 ? indent(a[1], n) : 0, n));
    }

    private static int indent(Object v, Node n) {
        if (v instanceof Boolean b) {
            return b ? 2 : 0;
        }
        long i = Args.integer(v, "stringify's indent", n);
        if (i < 0 || i > 16) {
            throw LingoError.of("ValueError", "stringify's indent must be between 0 and 16, got " + i, n);
        }
        return (int) i;
    }

    static Object parse(String text, Node n) {
        try {
            JsonNode tree = MAPPER.readTree(text);
            if (tree == null || tree.isMissingNode()) {
                throw LingoError.of("JsonError", "Invalid JSON: the text is empty", n);
            }
            return JsonValues.fromJson(tree);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw LingoError.of("JsonError", "Invalid JSON" + (loc == null ? "" : " at line " + loc.getLineNr()
                            + ", column " + loc.getColumnNr()) + ": " + reason(e), n);
        }
    }

    /** One JSON value (a line of JSON Lines, never empty) as a Lingo value. */
    public static Object parseValue(String text) throws JsonProcessingException {
        return JsonValues.fromJson(MAPPER.readTree(text));
    }

    /** Jackson's complaint without its code numbers and source excerpt. */
    public static String reason(JsonProcessingException e) {
        return e.getOriginalMessage().replaceAll(" \\(code \\d+\\)", "").replaceAll("\\s*at \\[Source.*", "");
    }

    public static String stringify(Object value, int indent, Node n) {
        try {
            JsonNode tree = toJson(value, n);
            if (indent == 0) {
                return MAPPER.writeValueAsString(tree);
            }
            DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                            .withSeparators(Separators.createDefaultInstance()
                                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                                            .withObjectEmptySeparator("").withArrayEmptySeparator(""))
                            .withObjectIndenter(indenter).withArrayIndenter(indenter);
            return MAPPER.writer(printer).writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw LingoError.of("JsonError", "Cannot write JSON: " + e.getOriginalMessage(), n);
        }
    }

    public static JsonNode toJson(Object v, Node n) {
        v = dev.lingo.language.runtime.Pending.force(v);
        JsonNodeFactory f = JsonNodeFactory.instance;
        if (v == LingoNull.INSTANCE) {
            return f.nullNode();
        } else if (v instanceof Boolean b) {
            return f.booleanNode(b);
        } else if (v instanceof Long l) {
            return f.numberNode(l);
        } else if (v instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                throw LingoError.of("JsonError", "JSON has no " + d, n);
            }
            return f.numberNode(d);
        } else if (v instanceof String s) {
            return f.textNode(s);
        } else if (v instanceof LingoRecord r) {
            ObjectNode o = f.objectNode();
            for (int i = 0; i < r.size(); i++) {
                o.set(r.shape().name(i), toJson(r.valueAt(i), n));
            }
            return o;
        } else if (v instanceof LingoMap m) {
            ObjectNode o = f.objectNode();
            Object[] keys = m.keys();
            Object[] values = m.values();
            for (int i = 0; i < keys.length; i++) {
                if (!(keys[i] instanceof String key)) {
                    throw LingoError.of("JsonError", "A Map with the key " + Display.repr(keys[i])
                                    + " cannot be written as JSON: JSON object keys are Strings", n);
                }
                o.set(key, toJson(values[i], n));
            }
            return o;
        } else if (v instanceof LingoSet s) {
            return toJson(new LingoList(s.elements()), n);
        }
        LingoList list = Iteration.asListOrNull(v);
        if (list != null) {
            ArrayNode a = f.arrayNode();
            for (Object item : list.items()) {
                a.add(toJson(item, n));
            }
            return a;
        }
        LingoRecord r = HostRecords.asRecordOrNull(v);
        if (r != null) {
            return toJson(r, n);
        }
        throw LingoError.of("JsonError", "A " + Values.typeName(v) + " cannot be written as JSON", n);
    }
}
