package dev.lingo.language.nodes.call;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.nodes.ExplodeLoop;

import dev.lingo.language.nodes.LingoExpressionNode;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.Values;

/** {@code f(a, b)}: calls a Lingo function, or an executable from Java or another language. */
public final class CallNode extends LingoExpressionNode {

    @Child private LingoExpressionNode callee;
    @Children private final LingoExpressionNode[] arguments;
    @Child private DispatchNode dispatch = DispatchNodeGen.create();
    @Child private InteropLibrary interop;
    private final String calleeText;

    public CallNode(LingoExpressionNode callee, LingoExpressionNode[] arguments, String calleeText) {
        this.callee = callee;
        this.arguments = arguments;
        this.calleeText = calleeText;
    }

    @Override
    @ExplodeLoop
    public Object executeGeneric(VirtualFrame frame) {
        Object function = callee.executeGeneric(frame);
        if (function instanceof LingoFunction lingoFunction) {
            if (!lingoFunction.takes(arguments.length)) {
                throw arityError(lingoFunction);
            }
            Object[] frameArgs = new Object[arguments.length + 1];
            frameArgs[0] = lingoFunction.closure();
            for (int i = 0; i < arguments.length; i++) {
                frameArgs[i + 1] = arguments[i].executeGeneric(frame);
            }
            return dispatch.executeDispatch(lingoFunction, frameArgs);
        }
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            args[i] = arguments[i].executeGeneric(frame);
        }
        return callForeign(function, args);
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static void forceAll(Object[] args) {
        for (int i = 0; i < args.length; i++) {
            args[i] = dev.lingo.language.runtime.Pending.forceDeep(args[i]);
        }
    }

    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private LingoError arityError(LingoFunction f) {
        return LingoError.typeError("`" + f.name() + "` takes " + f.expectedArguments() + ", got " + arguments.length, this);
    }

    private Object callForeign(Object function, Object[] args) {
        if (interop == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            interop = insert(InteropLibrary.getFactory().createDispatched(3));
        }
        if (!Values.isLingoValue(function) && interop.isExecutable(function)) {
            dev.lingo.language.ahead.Speculation.checkEffect();
            forceAll(args);
            try {
                return HostValues.fromForeign(interop.execute(function, args));
            } catch (InteropException e) {
                CompilerDirectives.transferToInterpreter();
                throw LingoError.typeError("Calling `" + calleeText + "` failed: " + e.getMessage(), this);
            }
        }
        CompilerDirectives.transferToInterpreter();
        throw LingoError.typeError("`" + calleeText + "` is not a function (it is " + Values.typeName(function) + ")", this);
    }
}
