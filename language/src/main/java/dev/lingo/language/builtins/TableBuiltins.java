package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.tables.CsvSource;
import dev.lingo.language.tables.JsonlSource;
import dev.lingo.language.tables.ListSource;
import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.tables.TableWriter;
import dev.lingo.language.tables.TextFile;

/** Tables in and out: readCsv, readJsonl and stream make lazy streams; writeCsv and writeJsonl take Lists or streams. */
final class TableBuiltins {

    private TableBuiltins() {
    }

    static void register() {
        add("prelude.readCsv", 1, 2, (a, n) -> readCsv(a[0], a.length > 1 ? a[1] : LingoNull.INSTANCE, n));
        add("prelude.readJsonl", 1, 1, (a, n) -> new LingoStream(new JsonlSource(textFile(a[0], "readJsonl", n))));
        add("prelude.stream", 1, 1, (a, n) -> a[0] instanceof LingoStream s ? s
                        : new LingoStream(new ListSource(Args.list(a[0], "stream's argument", n))));
        add("prelude.writeCsv", 2, 2, (a, n) -> write(TableWriter.Format.CSV, a[0], a[1], "writeCsv", n));
        add("prelude.writeJsonl", 2, 2, (a, n) -> write(TableWriter.Format.JSONL, a[0], a[1], "writeJsonl", n));
    }

    static long write(TableWriter.Format format, Object path, Object rows, String fn, Node n) {
        return TableWriter.write(format, IoBuiltins.file(path, fn, n), path(path), rows, fn, n);
    }

    private static TextFile textFile(Object path, String fn, Node n) {
        return new TextFile(IoBuiltins.file(path, fn, n), path(path));
    }

    private static String path(Object path) {
        return (String) path; // already checked by IoBuiltins.file
    }

    private static LingoStream readCsv(Object path, Object options, Node n) {
        char delimiter = ',';
        boolean header = true;
        if (options != LingoNull.INSTANCE) {
            LingoRecord o = Args.record(options, "readCsv's options", n);
            for (String name : o.shape().names()) {
                Object v = o.get(name);
                switch (name) {
                    case "delimiter" -> delimiter = delimiter(Args.string(v, "readCsv's delimiter", n), n);
                    case "header" -> header = Args.bool(v, "readCsv's header", n);
                    default -> throw LingoError.of("ValueError", "readCsv has no option `" + name
                                    + "`; it knows delimiter (e.g. \";\") and header (false: rows are Lists)", n);
                }
            }
        }
        return new LingoStream(new CsvSource(textFile(path, "readCsv", n), delimiter, header));
    }

    private static char delimiter(String d, Node n) {
        if (d.length() != 1 || d.charAt(0) == '"' || d.charAt(0) == '\n' || d.charAt(0) == '\r') {
            throw LingoError.of("ValueError", "readCsv's delimiter must be one character other than a quote or a line break, got "
                            + dev.lingo.language.runtime.Display.repr(d), n);
        }
        return d.charAt(0);
    }
}
