package dev.lingo.language.tables;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.builtins.JsonBuiltins;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.language.runtime.Values;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * CSV (RFC 4180 quoting, lines ending in {@code \n}). Records: the first one's field names are the
 * header, and every row must have exactly those fields. Lists: written as they are, no header.
 * Strings go as they are, null as an empty field, numbers and Bools in their text form, Lists and
 * Records as compact JSON.
 */
final class CsvSink extends TableSink<CSVPrinter> {

    private final String shown;
    private final Node at;
    private RecordShape header;

    CsvSink(Writer out, String shown, Node at) throws IOException {
        super(new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator('\n').get()));
        this.shown = shown;
        this.at = at;
    }

    @Override
    void write(Object row, long index) throws IOException {
        if (row instanceof LingoList list) {
            out.printRecord(Arrays.stream(list.toArray()).map(this::cell).toArray());
            return;
        }
        if (!(row instanceof LingoRecord record)) {
            throw LingoError.typeError("writeCsv writes Records (or Lists of fields), but row " + (index + 1) + " is a "
                            + Values.typeName(row), at);
        }
        if (header == null) {
            header = record.shape();
            out.printRecord((Object[]) header.names());
        }
        Object[] cells = new Object[header.size()];
        for (int c = 0; c < cells.length; c++) {
            int field = record.shape().indexOf(header.name(c));
            if (field < 0) {
                throw mismatch(record, index, "has no field `" + header.name(c) + "`");
            }
            cells[c] = cell(record.valueAt(field));
        }
        if (record.size() != header.size()) {
            throw mismatch(record, index, "has fields the first row has not");
        }
        out.printRecord(cells);
    }

    private LingoError mismatch(LingoRecord record, long index, String what) {
        return LingoError.of("ValueError", "Cannot write " + shown + ": row " + (index + 1) + " " + what + " (the header, from the "
                        + "first row, is " + String.join(", ", header.names()) + "; row " + (index + 1) + " has "
                        + String.join(", ", record.shape().names()) + "). Give every row the same fields, e.g. with map", at);
    }

    private Object cell(Object v) {
        if (v instanceof String s) {
            return s;
        } else if (v == LingoNull.INSTANCE) {
            return "";
        } else if (v instanceof LingoList || v instanceof LingoRecord) {
            return JsonBuiltins.stringify(v, 0, at);
        }
        return Display.show(v);
    }
}
