package dev.lingo.language.tables;

import com.oracle.truffle.api.nodes.Node;

/** Where a stream's records come from. Each walk of the stream opens it again, from the start. */
public interface StreamSource {

    /** @param at where an error opening or reading the source is reported */
    RecordReader open(Node at);

    /** How the stream shows itself: {@code readCsv("tickets.csv")}. */
    String describe();

    /** The file it reads, if any: a writer must not replace the file its own rows come from. */
    default TextFile file() {
        return null;
    }
}
