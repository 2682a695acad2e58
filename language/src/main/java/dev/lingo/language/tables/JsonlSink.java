package dev.lingo.language.tables;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.builtins.JsonBuiltins;

import java.io.IOException;
import java.io.Writer;

/** JSON Lines: each row as compact JSON ({@code json.stringify(row)}) on a line of its own. */
final class JsonlSink extends TableSink<Writer> {

    private final Node at;

    JsonlSink(Writer out, Node at) {
        super(out);
        this.at = at;
    }

    @Override
    void write(Object row, long index) throws IOException {
        out.write(JsonBuiltins.stringify(row, 0, at));
        out.write('\n');
    }
}
