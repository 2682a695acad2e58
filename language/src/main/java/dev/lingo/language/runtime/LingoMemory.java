package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.vm.memory.MemoryStore;

/** A memory ({@code let kb = memory("kb")}): its store on disk and the model that embeds for it (null: the default). */
@ExportLibrary(InteropLibrary.class)
public final class LingoMemory implements TruffleObject {

    private final MemoryStore store;
    private final LingoModel model;

    public LingoMemory(MemoryStore store, LingoModel model) {
        this.store = store;
        this.model = model;
    }

    public MemoryStore store() {
        return store;
    }

    public LingoModel model() {
        return model;
    }

    @Override
    @TruffleBoundary
    public String toString() {
        return "<memory " + store.name() + ">";
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
