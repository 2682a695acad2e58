package dev.lingo.language.tables;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.builtins.JsonBuiltins;

import java.io.IOException;
import java.io.Writer;

/** JSON Lines: each row as compact JSON ({@code json.stringify(row)}) on a line of its own. */
final class JsonlSink implements TableSink {

    private final Writer out;
    private final Node at;

    JsonlSink(Writer out, Node at) {
        this.out = out;
        this.at = at;
    }

    @Override
    public void write(Object row, long index) throws IOException {
        out.write(JsonBuiltins.stringify(row, 0, at));
        out.write('\n');
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
