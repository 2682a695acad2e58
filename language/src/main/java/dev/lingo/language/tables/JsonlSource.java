package dev.lingo.language.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.builtins.JsonBuiltins;
import dev.lingo.language.runtime.LingoError;

import java.io.BufferedReader;
import java.io.IOException;

/** {@code readJsonl(path)}: one JSON value per line (blank lines skipped), UTF-8, as {@code json.parse} reads it. */
public final class JsonlSource implements StreamSource {

    private final TextFile file;

    public JsonlSource(TextFile file) {
        this.file = file;
    }

    @Override
    public TextFile file() {
        return file;
    }

    @Override
    public String describe() {
        return file.call("readJsonl");
    }

    @Override
    @TruffleBoundary
    public RecordReader open(Node at) {
        BufferedReader in = file.open(at);
        String shown = file.shown();
        return new RecordReader() {
            private long line;

            @Override
            public Object next() {
                String text;
                do {
                    try {
                        text = in.readLine();
                    } catch (IOException e) {
                        throw TextFiles.ioError("read", shown, e, at);
                    }
                    line++;
                } while (text != null && text.isBlank());
                if (text == null) {
                    return null;
                }
                try {
                    return JsonBuiltins.parseValue(text);
                } catch (JsonProcessingException e) {
                    var where = e.getLocation();
                    throw LingoError.of("JsonError", shown + ":" + line + ": this line is not one JSON value"
                                    + (where == null ? "" : " (column " + where.getColumnNr() + ")") + ": " + JsonBuiltins.reason(e), at);
                }
            }

            @Override
            public void close() {
                TextFiles.closeQuietly(in);
            }
        };
    }
}
