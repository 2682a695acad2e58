package dev.lingo.language.tables;

/** One pass over a stream's source, record by record. */
public interface RecordReader extends AutoCloseable {

    /** The next record, or null at the end; a record that cannot be read raises a LingoError naming file:line. */
    Object next();

    @Override
    void close();
}
