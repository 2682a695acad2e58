package dev.lingo.language.builtins;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropException;
import com.oracle.truffle.api.interop.InteropLibrary;

import dev.lingo.language.LingoContext;
import dev.lingo.language.ahead.Lookahead;
import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.nodes.call.DispatchNode;
import dev.lingo.language.nodes.call.DispatchNodeGen;
import dev.lingo.language.runtime.HostValues;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoList;
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
        dev.lingo.language.ahead.Speculation.checkEffect();
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
        if (!f.takes(expected)) {
            CompilerDirectives.transferToInterpreter();
            throw LingoError.typeError("The function given here must take " + expected + " argument"
                            + (expected == 1 ? "" : "s") + ", but `" + f.name() + "` takes " + f.expectedArguments(), this);
        }
    }

    /** What a list method does with each element's result; false ends the walk early. */
    @FunctionalInterface
    protected interface Step {
        boolean accept(int index, Object result);
    }

    /**
     * Calls {@code f} on each element in order and hands each result to {@code step}. While the
     * program waits for an answer, a {@link Lookahead} calls {@code f} on the coming elements
     * ahead of it (only as far as their model calls), so their requests are in flight together.
     *
     * @param shortCircuit the method may stop early (any, all, find): run half as far ahead
     */
    protected final void walk(LingoList list, Object f, boolean shortCircuit, Step step) {
        int n = list.size();
        if (Lookahead.speculating()) {
            Lookahead.speculateEach(n, i -> step.accept(i, call(f, list.get(i))));
            return;
        }
        Lookahead ahead = open(list, f, shortCircuit);
        try {
            for (int i = 0; i < n; i++) {
                if (ahead != null) {
                    ahead.at(i);
                }
                if (!step.accept(i, call(f, list.get(i)))) {
                    break;
                }
            }
        } finally {
            if (ahead != null) {
                ahead.close();
            }
        }
    }

    @TruffleBoundary
    private Lookahead open(LingoList list, Object f, boolean shortCircuit) {
        ModelRuntime models = LingoContext.get(this).models();
        return Lookahead.open(i -> call(f, list.get(i)), list.size(),
                        shortCircuit ? () -> models.lookaheadWindow() / 2 : models::lookaheadWindow, models.lookaheadListener());
    }

    /** {@code f} of every element, all started before any is waited for. */
    protected final Object[] keys(LingoList list, Object f) {
        Object[] keys = new Object[list.size()];
        walk(list, f, false, (i, r) -> {
            keys[i] = r;
            return true;
        });
        return keys;
    }

    protected final boolean test(Object f, Object a, String method) {
        return truth(call(f, a), method);
    }

    /** The Bool a predicate returned (waiting for it if it is an answer still on its way). */
    protected final boolean truth(Object value, String method) {
        Object result = Pending.force(value);
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
