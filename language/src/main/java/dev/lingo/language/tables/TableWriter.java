package dev.lingo.language.tables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.ahead.Speculation;
import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * {@code writeCsv} and {@code writeJsonl}: rows from a List or a stream, written in order. A row
 * still on its way is waited for (while the stream's lookahead keeps the coming calls in flight),
 * and everything before it is flushed first, so the file grows as answers come in and a run that
 * is killed leaves every finished row on disk.
 */
public final class TableWriter {

    /** The two formats. */
    public enum Format {
        CSV, JSONL
    }

    private TableWriter() {
    }

    /** Writes {@code rows} to {@code file} (created or replaced) and returns how many rows it wrote. */
    @TruffleBoundary
    public static long write(Format format, TruffleFile file, String shown, Object rows, String fn, Node at) {
        Speculation.checkEffect();
        LingoList list = rows instanceof LingoStream ? null : Iteration.asListOrNull(rows, at);
        if (list == null && !(rows instanceof LingoStream)) {
            throw LingoError.typeError("`" + fn + "` writes a List or a Stream of rows, got " + Values.typeName(rows), at);
        }
        if (rows instanceof LingoStream s && s.source().file() != null && s.source().file().sameAs(file)) {
            throw LingoError.of("ValueError", "`" + fn + "` cannot write " + shown + " while its rows are read from it ("
                            + s.source().describe() + "): writing would empty it first. Write to another file", at);
        }
        long written = 0;
        TableSink<?> sink = open(format, file, shown, at);
        try {
            if (list != null) {
                for (int i = 0; i < list.size(); i++) {
                    put(sink, list.get(i), written++);
                }
            } else {
                try (StreamRun run = StreamRun.open((LingoStream) rows, at)) {
                    run.lookAhead(null);
                    for (Object row = run.next(); row != StreamRun.END; row = run.next()) {
                        put(sink, row, written++);
                    }
                }
            }
        } catch (IOException e) {
            throw TextFiles.ioError("write", shown, e, at);
        } finally {
            try {
                sink.close();
            } catch (IOException e) {
                throw TextFiles.ioError("write", shown, e, at);
            }
        }
        return written;
    }

    private static void put(TableSink<?> sink, Object row, long index) throws IOException {
        if (Pending.containsUnresolved(row)) {
            sink.flush();
        }
        sink.write(Pending.forceDeep(row), index);
    }

    private static TableSink<?> open(Format format, TruffleFile file, String shown, Node at) {
        try {
            Writer out = new BufferedWriter(new OutputStreamWriter(file.newOutputStream(), StandardCharsets.UTF_8), 1 << 16);
            return format == Format.CSV ? new CsvSink(out, shown, at) : new JsonlSink(out, at);
        } catch (IOException | SecurityException e) {
            throw TextFiles.ioError("write", shown, e, at);
        }
    }
}
