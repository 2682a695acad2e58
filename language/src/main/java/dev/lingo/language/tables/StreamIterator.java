package dev.lingo.language.tables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.runtime.Pending;

import java.lang.ref.Cleaner;

/**
 * How an embedder walks a stream ({@code Value.getIterator()}): one element at a time, every
 * answer in it awaited before it crosses to the host, so nothing runs ahead. The file is closed
 * at the end, or once the host drops an iterator it did not finish.
 */
@ExportLibrary(InteropLibrary.class)
public final class StreamIterator implements TruffleObject {

    private static final Cleaner CLEANER = Cleaner.create();

    private final LingoStream stream;
    private StreamRun run;
    private Cleaner.Cleanable closing;
    private Object next;

    public StreamIterator(LingoStream stream) {
        this.stream = stream;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        return peek() != StreamRun.END;
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        Object v = peek();
        if (v == StreamRun.END) {
            throw StopIterationException.create();
        }
        next = null;
        return v;
    }

    private Object peek() {
        if (next != null) {
            return next;
        }
        if (run == null) {
            StreamRun opened = StreamRun.open(stream, null);
            run = opened;
            closing = CLEANER.register(this, opened::close);
        }
        try {
            next = Pending.forceDeep(run.next());
        } catch (RuntimeException e) {
            next = StreamRun.END;
            closing.clean();
            throw e;
        }
        if (next == StreamRun.END) {
            closing.clean();
        }
        return next;
    }
}
