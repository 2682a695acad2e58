package dev.lingo.language.tables;

import java.io.IOException;

/** Where {@code writeCsv} / {@code writeJsonl} put rows, one at a time (every value already in). */
interface TableSink extends AutoCloseable {

    /** @param index the row's 0-based position, for error messages */
    void write(Object row, long index) throws IOException;

    /** Puts the rows written so far into the file, before the writer waits for the next one. */
    void flush() throws IOException;

    @Override
    void close() throws IOException;
}
