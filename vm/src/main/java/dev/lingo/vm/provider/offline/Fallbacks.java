package dev.lingo.vm.provider.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

/**
 * Values for required fields the text says nothing about, so the answer still has its type:
 * false, an empty list, the best-matching sentence for a String, 0 (moved into the range) for
 * numbers. A rating with no number written ({@code stars: Int in 1..5}) is read off the wording:
 * all positive gives the top, all negative the bottom, mixed the share of positive clauses.
 */
final class Fallbacks {

    private Fallbacks() {
    }

    static JsonNode of(LingoType type, FieldCue cue, String text) {
        var nodes = ValueExtractor.NODES;
        return switch (type) {
            case NamedType named -> of(named.target(), cue, text);
            case OptionalType optional -> nodes.nullNode();
            case RecordType record -> ValueExtractor.find(record, cue, text);
            case LiteralUnionType labels -> nodes.textNode(LabelChooser.choose(text, labels.values(), cue));
            case BoolType b -> nodes.booleanNode(false);
            case IntType i -> nodes.numberNode(Math.round(number(cue, text, bound(i.min()), bound(i.max()))));
            case FloatType f -> nodes.numberNode(number(cue, text, f.min(), f.max()));
            case StringType s -> nodes.textNode(orEmpty(StringPicker.pick(cue, text, true)));
            case ListType list -> nodes.arrayNode();
            case UnionType union -> of(union.options().getFirst(), cue, text);
            case AnyType any -> nodes.textNode(text.strip());
            case NullType n -> nodes.nullNode();
            case FunctionType f -> throw new IllegalArgumentException("a function cannot be extracted from text");
            case MapType m -> throw new IllegalArgumentException("a Map cannot be extracted from text");
            case SetType s -> throw new IllegalArgumentException("a Set cannot be extracted from text");
        };
    }

    private static double number(FieldCue cue, String text, Double min, Double max) {
        if (min != null && max != null && cue.mentions("star", "rat", "scor", "grad", "rank", "satisfaction")) {
            int[] counts = SentimentLexicon.sentenceCounts(text);
            double share = counts[0] + counts[1] == 0 ? 0.5 : (double) counts[0] / (counts[0] + counts[1]);
            return min + share * (max - min);
        }
        double v = 0;
        if (min != null && v < min) {
            v = min;
        }
        if (max != null && v > max) {
            v = max;
        }
        return v;
    }

    private static Double bound(Long b) {
        return b == null ? null : b.doubleValue();
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
