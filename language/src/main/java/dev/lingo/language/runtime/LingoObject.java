package dev.lingo.language.runtime;

import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/**
 * A Lingo value that is an object to interop: it belongs to Lingo, and its meta object is its Lingo
 * type, which embedders ({@code Value.getMetaObject()}) and the REPL's {@code :type} show.
 * Subclasses export the rest of the interop protocol themselves.
 */
@ExportLibrary(InteropLibrary.class)
public abstract class LingoObject implements TruffleObject {

    /** The value's type as a meta object, e.g. {@link LingoMetaType#LIST}. */
    protected abstract Object metaObject();

    @ExportMessage
    final boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    final Class<? extends TruffleLanguage<?>> getLanguage() {
        return LingoLanguage.class;
    }

    @ExportMessage
    final boolean hasMetaObject() {
        return true;
    }

    @ExportMessage
    final Object getMetaObject() {
        return metaObject();
    }

    /** Interop wants it beside hasLanguage; subclasses export their own Lingo text form. */
    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
