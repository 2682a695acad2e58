package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives;

import dev.lingo.language.nodes.call.DispatchNode;
import dev.lingo.language.nodes.call.DispatchNodeGen;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.Values;

/** A method that calls a Lingo function per element; the call is cached per call site, so it inlines. */
abstract class CallbackMethod extends MethodNode {

    @Child private DispatchNode dispatch = DispatchNodeGen.create();

    protected final Object call(LingoFunction f, Object a) {
        return dispatch.executeDispatch(f, new Object[]{f.closure(), a});
    }

    protected final Object call(LingoFunction f, Object a, Object b) {
        return dispatch.executeDispatch(f, new Object[]{f.closure(), a, b});
    }

    protected final boolean test(LingoFunction f, Object a, String method) {
        Object result = call(f, a);
        if (result instanceof Boolean b) {
            return b;
        }
        CompilerDirectives.transferToInterpreter();
        throw LingoError.typeError("The function given to " + method + "() must return a Bool, got "
                        + Values.typeName(result), this);
    }

    protected final LingoFunction function(Object v, String method) {
        if (v instanceof LingoFunction f) {
            return f;
        }
        CompilerDirectives.transferToInterpreter();
        throw Args.wrong(method + "'s argument", "a function", v, this);
    }
}
