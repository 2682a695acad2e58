package dev.lingo.vm.provider.offline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.RecordType;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of records read one per line (invoice lines, order items), or one per clause when the
 * text is a single line. A line counts when at least half of the record's fields are found in it
 * and, if the record has numbers, it has a digit; document-level lines ("Total: …") are skipped.
 */
final class RecordLines {

    private RecordLines() {
    }

    static List<ObjectNode> extract(RecordType record, String text) {
        List<Span> segments = TextUnits.lines(text);
        if (segments.size() <= 1) {
            segments = Clauses.of(text);
        }
        boolean numeric = record.fields().stream().anyMatch(f -> isNumber(f.type()));
        List<ObjectNode> out = new ArrayList<>();
        for (Span segment : segments) {
            String s = segment.text();
            if (LabeledValues.isSummaryLine(s) || numeric && s.chars().noneMatch(Character::isDigit)) {
                continue;
            }
            int found = 0;
            for (Field f : record.fields()) {
                var v = ValueExtractor.find(f.type(), FieldCue.of(f.name(), f.description()), s);
                if (v != null && !v.isNull()) {
                    found++;
                }
            }
            if (found * 2 >= record.fields().size() && found > 0) {
                out.add((ObjectNode) ValueExtractor.find(record, FieldCue.NONE, s));
            }
        }
        return out;
    }

    private static boolean isNumber(LingoType t) {
        LingoType r = t.resolved();
        if (r instanceof LingoType.OptionalType o) {
            r = o.inner().resolved();
        }
        return r instanceof LingoType.IntType || r instanceof LingoType.FloatType;
    }
}
