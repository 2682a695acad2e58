package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.dsl.Cached;
import com.oracle.truffle.api.dsl.Specialization;
import com.oracle.truffle.api.frame.MaterializedFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import com.oracle.truffle.api.source.SourceSection;

import dev.lingo.language.LingoLanguage;

/**
 * A function value: a call target plus the frame it closed over (null when it captures nothing).
 * Calling convention: {@code arguments[0]} is the closure frame, the Lingo arguments follow.
 */
@ExportLibrary(InteropLibrary.class)
public final class LingoFunction extends LingoObject {

    private final String name;
    private final RootCallTarget callTarget;
    private final MaterializedFrame closure;
    private final int arity;
    /** How many arguments a call must give: the parameters before the first one with a default. */
    private final int required;

    public LingoFunction(String name, RootCallTarget callTarget, MaterializedFrame closure, int arity) {
        this(name, callTarget, closure, arity, arity);
    }

    public LingoFunction(String name, RootCallTarget callTarget, MaterializedFrame closure, int arity, int required) {
        this.name = name;
        this.callTarget = callTarget;
        this.closure = closure;
        this.arity = arity;
        this.required = required;
    }

    /** Whether a call with {@code count} arguments fits (always, for a builtin with a variable count). */
    public boolean takes(int count) {
        return arity < 0 || (count >= required && count <= arity);
    }

    /** "1 argument", "2 to 3 arguments": what a call must give, for error messages. */
    public String expectedArguments() {
        String count = required == arity ? String.valueOf(arity) : required + " to " + arity;
        return count + " argument" + (arity == 1 && required == 1 ? "" : "s");
    }

    public String name() {
        return name;
    }

    public RootCallTarget callTarget() {
        return callTarget;
    }

    public MaterializedFrame closure() {
        return closure;
    }

    /** The number of declared parameters, or -1 for a builtin with a variable count. */
    public int arity() {
        return arity;
    }

    /** Packs Lingo arguments into the frame-argument layout. */
    public Object[] frameArguments(Object[] args) {
        Object[] frameArgs = new Object[args.length + 1];
        frameArgs[0] = closure;
        System.arraycopy(args, 0, frameArgs, 1, args.length);
        return frameArgs;
    }

    /** A call from Java code outside any call site, e.g. from interop or a sort comparator. */
    @TruffleBoundary
    public Object callUncached(Object... args) {
        return Pending.forceDeep(callTarget.call(frameArguments(HostValues.fromForeignAll(args))));
    }

    @Override
    public String toString() {
        return "<fn " + name + ">";
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    abstract static class Execute {
        @Specialization(guards = "function.callTarget() == cachedTarget", limit = "3")
        static Object doDirect(LingoFunction function, Object[] arguments,
                        @Cached("function.callTarget()") RootCallTarget cachedTarget,
                        @Cached("create(cachedTarget)") DirectCallNode callNode) {
            return Pending.forceDeep(callNode.call(function.frameArguments(HostValues.fromForeignAll(arguments))));
        }

        @Specialization(replaces = "doDirect")
        static Object doIndirect(LingoFunction function, Object[] arguments,
                        @Cached IndirectCallNode callNode) {
            return Pending.forceDeep(callNode.call(function.callTarget, function.frameArguments(HostValues.fromForeignAll(arguments))));
        }
    }

    @ExportMessage
    boolean hasExecutableName() {
        return true;
    }

    @ExportMessage
    Object getExecutableName() {
        return name;
    }

    @ExportMessage
    boolean hasSourceLocation() {
        return callTarget.getRootNode().getSourceSection() != null;
    }

    @ExportMessage
    @TruffleBoundary
    SourceSection getSourceLocation() throws com.oracle.truffle.api.interop.UnsupportedMessageException {
        SourceSection section = callTarget.getRootNode().getSourceSection();
        if (section == null) {
            throw com.oracle.truffle.api.interop.UnsupportedMessageException.create();
        }
        return section;
    }



    @Override
    protected Object metaObject() {
        return LingoMetaType.FUNCTION;
    }

    @ExportMessage
    Object toDisplayString(@SuppressWarnings("unused") boolean allowSideEffects) {
        return toString();
    }
}
