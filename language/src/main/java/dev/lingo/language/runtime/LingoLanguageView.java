package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.CachedLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.LingoLanguage;

/** How Lingo shows primitive values (Int, String…) to tools: their Lingo type and display string. */
@ExportLibrary(value = InteropLibrary.class, delegateTo = "delegate")
public final class LingoLanguageView extends LingoObject {

    final Object delegate;

    public LingoLanguageView(Object delegate) {
        this.delegate = delegate;
    }



    @Override
    protected Object metaObject() {
        return Values.metaTypeOf(delegate);
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects,
                    @CachedLibrary("this.delegate") @SuppressWarnings("unused") InteropLibrary lib) {
        return delegate instanceof String s ? Display.repr(s) : Display.show(delegate);
    }
}
