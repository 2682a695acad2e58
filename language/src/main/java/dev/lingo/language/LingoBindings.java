package dev.lingo.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

import dev.lingo.language.runtime.GlobalCell;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.LingoList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main module's top-level names as a polyglot scope: {@code context.getBindings("lingo")}.
 * Embedders read functions and values, and may add values that scripts then see as globals.
 */
@ExportLibrary(InteropLibrary.class)
final class LingoBindings implements TruffleObject {

    private final LingoContext context;

    LingoBindings(LingoContext context) {
        this.context = context;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(@SuppressWarnings("unused") boolean includeInternal) {
        List<Object> names = new ArrayList<>();
        for (Map.Entry<String, GlobalCell> e : context.scope(LingoContext.MAIN).cells().entrySet()) {
            if (e.getValue().get() != null) {
                names.add(e.getKey());
            }
        }
        return new LingoList(names.toArray());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        GlobalCell cell = context.scope(LingoContext.MAIN).lookup(member);
        return cell != null && cell.get() != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        GlobalCell cell = context.scope(LingoContext.MAIN).lookup(member);
        if (cell == null || cell.get() == null) {
            throw UnknownIdentifierException.create(member);
        }
        return dev.lingo.language.runtime.Pending.forceDeep(cell.get());
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        GlobalCell cell = context.scope(LingoContext.MAIN).lookup(member);
        return cell != null && cell.isMutable();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return context.scope(LingoContext.MAIN).lookup(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnknownIdentifierException {
        GlobalCell cell = context.scope(LingoContext.MAIN).lookup(member);
        if (cell != null && !cell.isMutable()) {
            throw UnknownIdentifierException.create(member);
        }
        context.scope(LingoContext.MAIN).declare(member, true).set(HostValues.fromForeign(value));
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends com.oracle.truffle.api.TruffleLanguage<?>> getLanguage() {
        return LingoLanguage.class;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return "<lingo main module>";
    }
}
