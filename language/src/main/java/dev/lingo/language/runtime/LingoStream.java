package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.tables.Stage;
import dev.lingo.language.tables.StreamIterator;
import dev.lingo.language.tables.StreamSource;

import java.util.Arrays;

/**
 * A lazy sequence of records: a source and the steps applied to each record. It is a recipe, not
 * a cursor: {@code map}, {@code filter} and {@code take} return a new stream and read nothing;
 * each walk ({@code for}, {@code each}, {@code toList}, the writers) reads the source again from
 * its start, so a stream can be walked twice and two walks never share a position.
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoStream extends LingoObject {

    private final StreamSource source;
    private final Stage[] stages;

    public LingoStream(StreamSource source) {
        this(source, new Stage[0]);
    }

    private LingoStream(StreamSource source, Stage[] stages) {
        this.source = source;
        this.stages = stages;
    }

    public LingoStream with(Stage stage) {
        Stage[] more = Arrays.copyOf(stages, stages.length + 1);
        more[stages.length] = stage;
        return new LingoStream(source, more);
    }

    public StreamSource source() {
        return source;
    }

    public Stage[] stages() {
        return stages;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        StringBuilder sb = new StringBuilder("<stream ").append(source.describe());
        for (Stage s : stages) {
            sb.append(switch (s) {
                case Stage.Map m -> ".map(…)";
                case Stage.Filter f -> ".filter(…)";
                case Stage.Take t -> ".take(" + t.count() + ")";
            });
        }
        return sb.append('>').toString();
    }

    @ExportMessage
    boolean hasIterator() {
        return true;
    }

    @ExportMessage
    Object getIterator() {
        return new StreamIterator(this);
    }

    @Override
    protected Object metaObject() {
        return LingoMetaType.STREAM;
    }
}
