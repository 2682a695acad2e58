package dev.lingo.language.nodes.ops;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.Specialization;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoList;

/** {@code a + b}: numbers add (Int overflow is an error), strings and lists concatenate. */
public abstract class AddNode extends BinaryNode {

    @Specialization
    protected long ints(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            throw overflow("+");
        }
    }

    @Specialization
    protected double floats(double a, double b) {
        return a + b;
    }

    @Specialization
    @TruffleBoundary
    protected String strings(String a, String b) {
        return a.concat(b);
    }

    @Specialization
    @TruffleBoundary
    protected LingoList lists(LingoList a, LingoList b) {
        return LingoList.concat(a, b);
    }

    @Specialization(guards = "isString(a) || isString(b)")
    @TruffleBoundary
    protected String stringify(Object a, Object b) {
        return Display.show(a).concat(Display.show(b));
    }

    @Fallback
    protected Object other(Object a, Object b) {
        throw typeError("+", a, b);
    }

    protected static boolean isString(Object o) {
        return o instanceof String;
    }
}
