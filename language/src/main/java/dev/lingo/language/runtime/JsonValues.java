package dev.lingo.language.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import dev.lingo.vm.types.LingoType;

import java.util.Iterator;
import java.util.Map;

/** JSON trees (Jackson) as Lingo values; guided by a type, Floats stay Floats and records get their type name. */
public final class JsonValues {

    private JsonValues() {
    }

    @TruffleBoundary
    public static Object fromJson(JsonNode node) {
        return fromJson(node, LingoType.ANY);
    }

    @TruffleBoundary
    public static Object fromJson(JsonNode node, LingoType type) {
        String typeName = type instanceof LingoType.NamedType named ? named.name() : null;
        LingoType t = type == null ? LingoType.ANY : type.resolved();
        if (t instanceof LingoType.OptionalType optional) {
            t = optional.inner().resolved();
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return LingoNull.INSTANCE;
        } else if (node.isBoolean()) {
            return node.booleanValue();
        } else if (node.isNumber() && t instanceof LingoType.FloatType) {
            return node.doubleValue();
        } else if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        } else if (node.isNumber()) {
            return node.doubleValue();
        } else if (node.isTextual()) {
            return node.textValue();
        } else if (node.isArray()) {
            LingoType element = t instanceof LingoType.ListType list ? list.element() : LingoType.ANY;
            Object[] items = new Object[node.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = fromJson(node.get(i), element);
            }
            return new LingoList(items);
        }
        LingoType.RecordType recordType = t instanceof LingoType.RecordType r ? r : null;
        String[] names = new String[node.size()];
        Object[] values = new Object[node.size()];
        int i = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); i++) {
            Map.Entry<String, JsonNode> e = it.next();
            names[i] = e.getKey();
            LingoType.Field field = recordType == null ? null : recordType.field(e.getKey());
            values[i] = fromJson(e.getValue(), field == null ? LingoType.ANY : field.type());
        }
        LingoRecord record = new LingoRecord(RecordShape.of(names), values);
        if (typeName != null && recordType != null) {
            record.tagType(typeName);
        }
        return record;
    }
}
