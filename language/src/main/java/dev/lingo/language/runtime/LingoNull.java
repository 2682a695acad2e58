package dev.lingo.language.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** Lingo's {@code null}: a singleton that is interop null. */
@ExportLibrary(InteropLibrary.class)
public final class LingoNull implements TruffleObject {

    public static final LingoNull INSTANCE = new LingoNull();

    private LingoNull() {
    }

    @Override
    public String toString() {
        return "null";
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "null";
    }
}
