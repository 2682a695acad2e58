package dev.lingo.vm.provider.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

/**
 * Walks an answer type and fills it from the text, field by field, with the rule for each kind of
 * value. An optional field with nothing found is null; a required one gets a neutral value (see
 * {@link Fallbacks}) so the answer still has its type. Records nest; lists of records take one
 * record per line ({@link RecordLines}).
 */
final class ValueExtractor {

    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueExtractor() {
    }

    /** The value for a whole answer; a declared type's name serves as the field cue ({@code type Email = String}). */
    static JsonNode extract(LingoType type, String text) {
        FieldCue cue = type instanceof NamedType named && !(named.resolved() instanceof RecordType)
                ? FieldCue.of(named.name(), null) : FieldCue.NONE;
        return required(type, cue, text);
    }

    /** A value that must be there: found, or the fallback. */
    static JsonNode required(LingoType type, FieldCue cue, String text) {
        JsonNode found = find(type, cue, text);
        return found != null ? found : Fallbacks.of(type, cue, text);
    }

    /** The value the text gives, or null when it gives none. */
    static JsonNode find(LingoType type, FieldCue cue, String text) {
        return switch (type) {
            case NamedType named -> find(named.target(), cue, text);
            case OptionalType optional -> find(optional.inner(), cue, text);
            case RecordType record -> record(record, text);
            case LiteralUnionType labels -> NODES.textNode(LabelChooser.choose(text, labels.values(), cue));
            case BoolType b -> NODES.booleanNode(BoolPicker.pick(cue, text));
            case IntType i -> number(NumberPicker.pick(cue, text, toDouble(i.min()), toDouble(i.max()), true), true);
            case FloatType f -> number(NumberPicker.pick(cue, text, f.min(), f.max(), false), false);
            case StringType s -> text(StringPicker.pick(cue, text, false));
            case ListType list -> list(list.element(), cue, text);
            case UnionType union -> union(union, cue, text);
            case AnyType any -> NODES.textNode(text.strip());
            case NullType n -> NODES.nullNode();
            case FunctionType f -> throw new IllegalArgumentException("a function cannot be extracted from text");
            case MapType m -> throw new IllegalArgumentException("a Map cannot be extracted from text");
            case SetType s -> throw new IllegalArgumentException("a Set cannot be extracted from text");
        };
    }

    private static ObjectNode record(RecordType record, String text) {
        ObjectNode out = NODES.objectNode();
        for (Field field : record.fields()) {
            FieldCue cue = FieldCue.of(field.name(), field.description());
            JsonNode v = field.optional() ? find(field.type(), cue, text) : required(field.type(), cue, text);
            out.set(field.name(), v == null ? NODES.nullNode() : v);
        }
        return out;
    }

    private static JsonNode list(LingoType element, FieldCue cue, String text) {
        LingoType e = element.resolved();
        ArrayNode out = NODES.arrayNode();
        if (e instanceof RecordType record) {
            RecordLines.extract(record, text).forEach(out::add);
        } else if (e instanceof StringType) {
            ListPicker.pick(cue, text).forEach(out::add);
        } else if (e instanceof IntType || e instanceof FloatType) {
            for (NumberMention n : NumberFinder.find(text)) {
                JsonNode v = number(n.value(), e instanceof IntType);
                if (v != null && (!(e instanceof IntType) || n.integral())) {
                    out.add(v);
                }
            }
        } else if (e instanceof LiteralUnionType labels) {
            for (Span sentence : TextUnits.sentences(text)) {
                String label = LabelChooser.choose(sentence.text(), labels.values(), cue);
                if (!out.toString().contains('"' + label + '"')) {
                    out.add(label);
                }
            }
        }
        return out;
    }

    private static JsonNode union(UnionType union, FieldCue cue, String text) {
        for (LingoType option : union.options()) {
            JsonNode v = find(option, cue, text);
            if (v != null && !v.isNull()) {
                return v;
            }
        }
        return null;
    }

    private static JsonNode number(Double value, boolean integral) {
        if (value == null) {
            return null;
        }
        return integral ? NODES.numberNode(Math.round(value)) : NODES.numberNode(value);
    }

    private static JsonNode text(String s) {
        return s == null ? null : NODES.textNode(s);
    }

    private static Double toDouble(Long bound) {
        return bound == null ? null : bound.doubleValue();
    }
}
