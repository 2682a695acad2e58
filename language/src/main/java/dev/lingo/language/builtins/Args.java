package dev.lingo.language.builtins;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Iteration;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;

/** Argument checks for builtins, with messages that name the builtin and the argument. */
public final class Args {

    private Args() {
    }

    public static String string(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof String s) {
            return s;
        }
        throw wrong(what, "a String", v, node);
    }

    public static long integer(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof Long l) {
            return l;
        }
        throw wrong(what, "an Int", v, node);
    }

    public static int index(Object v, String what, Node node) {
        v = Pending.force(v);
        long l = integer(v, what, node);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, l));
    }

    public static double number(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof Long l) {
            return l;
        } else if (v instanceof Double d) {
            return d;
        }
        throw wrong(what, "a number", v, node);
    }

    public static LingoFunction function(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof LingoFunction f) {
            return f;
        }
        throw wrong(what, "a function", v, node);
    }

    public static LingoList list(Object v, String what, Node node) {
        v = Pending.force(v);
        LingoList list = Iteration.asListOrNull(v, node);
        if (list != null) {
            return list;
        }
        throw wrong(what, "a List", v, node);
    }

    public static LingoRecord record(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof LingoRecord r) {
            return r;
        }
        throw wrong(what, "a Record", v, node);
    }

    public static boolean bool(Object v, String what, Node node) {
        v = Pending.force(v);
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrong(what, "a Bool", v, node);
    }

    public static LingoError wrong(String what, String expected, Object got, Node node) {
        return LingoError.typeError(what + " must be " + expected + ", got " + Values.typeName(got), node);
    }
}
