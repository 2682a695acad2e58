package dev.lingo.language.tables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code readCsv(path, options?)}: RFC 4180 CSV (quotes, doubled quotes, line breaks inside
 * quotes), UTF-8 with or without a byte order mark, blank lines skipped. With a header row each
 * record is a Record of Strings named by it; with {@code header: false} each is a List of Strings.
 */
public final class CsvSource implements StreamSource {

    /** How commons-csv names the line a broken record starts on. */
    private static final Pattern START_LINE = Pattern.compile("^\\(startline (\\d+)\\) | at line: (\\d+), position: \\d+");

    private final TextFile file;
    private final String shown;
    private final char delimiter;
    private final boolean header;

    public CsvSource(TextFile file, char delimiter, boolean header) {
        this.file = file;
        this.shown = file.shown();
        this.delimiter = delimiter;
        this.header = header;
    }

    @Override
    public TextFile file() {
        return file;
    }

    @Override
    public String describe() {
        return file.call("readCsv");
    }

    @Override
    @TruffleBoundary
    public RecordReader open(Node at) {
        LineCounter lines = new LineCounter(file.open(at));
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
        try {
            return new Reader(format.parse(lines), lines, at);
        } catch (IOException e) {
            TextFiles.closeQuietly(lines);
            throw TextFiles.ioError("read", shown, e, at);
        }
    }

    private final class Reader implements RecordReader {
        private final CSVParser parser;
        private final Iterator<CSVRecord> rows;
        private final LineCounter lines;
        private final Node at;
        private RecordShape shape;

        Reader(CSVParser parser, LineCounter lines, Node at) {
            this.parser = parser;
            this.rows = parser.iterator();
            this.lines = lines;
            this.at = at;
        }

        @Override
        @TruffleBoundary
        public Object next() {
            CSVRecord row = read();
            if (row == null) {
                return null;
            }
            if (!header) {
                return new LingoList(row.values());
            }
            if (shape == null) {
                shape = headerShape(row);
                return next();
            }
            String[] values = row.values();
            if (values.length != shape.size()) {
                throw bad(row, "this row has " + values.length + " field" + (values.length == 1 ? "" : "s") + " but the header has "
                                + shape.size() + " (" + String.join(", ", shape.names()) + "). A field with a "
                                + (delimiter == ',' ? "comma" : "delimiter") + " or a line break in it must be in double quotes");
            }
            return new LingoRecord(shape, values);
        }

        private CSVRecord read() {
            try {
                return rows.hasNext() ? rows.next() : null;
            } catch (UncheckedIOException | IllegalStateException e) {
                String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage() : e.getMessage();
                Matcher start = START_LINE.matcher(why);
                String line = !start.find() ? String.valueOf(parser.getCurrentLineNumber() + 1)
                                : start.group(1) != null ? start.group(1) : start.group(2);
                throw LingoError.of("ValueError", shown + ":" + line + ": this is not valid CSV: " + plain(start.replaceFirst(""))
                                + ". A quote inside a quoted field is written twice (\"\")", at);
            }
        }

        /** commons-csv's wording, in the user's terms. */
        private static String plain(String why) {
            if (why.startsWith("EOF reached before encapsulated token finished")) {
                return "a quoted field is never closed";
            } else if (why.startsWith("Invalid character between encapsulated token and delimiter")) {
                return "a quoted field has more text after its closing quote";
            }
            return why;
        }

        private RecordShape headerShape(CSVRecord row) {
            Set<String> seen = new HashSet<>();
            for (String name : row.values()) {
                if (!seen.add(name)) {
                    throw bad(row, "the header names the column " + Display.repr(name) + " twice; columns become a record's fields, "
                                    + "so their names must differ");
                }
            }
            return RecordShape.of(row.values());
        }

        private LingoError bad(CSVRecord row, String what) {
            return LingoError.of("ValueError", shown + ":" + lines.lineAt(row.getCharacterPosition()) + ": " + what, at);
        }

        @Override
        public void close() {
            TextFiles.closeQuietly(parser);
        }
    }
}
