package dev.lingo.language.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** An interop iterator over a fixed array: how embedders walk a Map's entries. */
@ExportLibrary(InteropLibrary.class)
final class ValuesIterator implements TruffleObject {

    private final Object[] values;
    private int next;

    ValuesIterator(Object[] values) {
        this.values = values;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    boolean hasIteratorNextElement() {
        return next < values.length;
    }

    @ExportMessage
    Object getIteratorNextElement() throws StopIterationException {
        if (next >= values.length) {
            throw StopIterationException.create();
        }
        return values[next++];
    }
}
