package dev.lingo.language.tables;

import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;

/** Where {@code writeCsv} / {@code writeJsonl} put rows, one at a time (every value already in), through {@code out}. */
abstract class TableSink<T extends Flushable & Closeable> implements AutoCloseable {

    protected final T out;

    TableSink(T out) {
        this.out = out;
    }

    /** @param index the row's 0-based position, for error messages */
    abstract void write(Object row, long index) throws IOException;

    /** Puts the rows written so far into the file, before the writer waits for the next one. */
    final void flush() throws IOException {
        out.flush();
    }

    @Override
    public final void close() throws IOException {
        out.close();
    }
}
