package dev.lingo.language.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** Lingo's {@code null}: a singleton that is interop null, of type {@code Null} (also for embedders and the REPL). */
@ExportLibrary(InteropLibrary.class)
public final class LingoNull extends LingoObject {

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



    @Override
    protected Object metaObject() {
        return LingoMetaType.NULL;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "null";
    }
}
