package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;

import dev.lingo.language.nodes.call.DispatchNode;
import dev.lingo.language.nodes.call.DispatchNodeGen;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;

/** A method that calls a Lingo function per element; the call is cached per call site, so it inlines. */
abstract class CallbackMethod extends MethodNode {

    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    protected final Object call(Object fn, Object a) {
        if (fn instanceof LingoFunction f) {
            checkArity(f, 1);
            return dispatch.executeDispatch(f, new Object[]{f.closure(), a});
        }
        return callForeign(fn, a);
    }

    protected final Object call(Object fn, Object a, Object b) {
        if (fn instanceof LingoFunction f) {
            checkArity(f, 2);
            return dispatch.executeDispatch(f, new Object[]{f.closure(), a, b});
        }
        return callForeign(fn, a, b);
    }

    /** A function from Java or another language, e.g. {@code xs.map(javaLambda)}. */
    @TruffleBoundary
    private Object callForeign(Object fn, Object... args) {
        try {
            for (int i = 0; i < args.length; i++) {
                args[i] = Pending.forceDeep(args[i]);
            }
            return HostValues.fromForeign(InteropLibrary.getUncached().execute(fn, args));
        } catch (InteropException e) {
            throw LingoError.typeError("Calling the host function failed: " + e.getMessage(), this);
        }
    }

    private void checkArity(LingoFunction f, int expected) {
        if (f.arity() >= 0 && f.arity() != expected) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("The function given here must take " + expected + " argument"
                            + (expected == 1 ? "" : "s") + ", but `" + f.name() + "` takes " + f.arity(), this);
        }
    }

    protected final boolean test(Object f, Object a, String method) {
        Object result = Pending.force(call(f, a));
        if (result instanceof Boolean b) {
            return b;
        }
        CompilerDirectives.transferToInterpreter();
        throw LingoError.typeError("The function given to " + method + "() must return a Bool, got "
                        + Values.typeName(result), this);
    }

    protected final Object function(Object v, String method) {
        if (v instanceof LingoFunction || (!Values.isLingoValue(v) && isExecutable(v))) {
            return v;
        }
        CompilerDirectives.transferToInterpreter();
        throw Args.wrong(method + "'s argument", "a function", v, this);
    }

    @TruffleBoundary
    private static boolean isExecutable(Object v) {
        return InteropLibrary.getUncached().isExecutable(v);
    }
}
