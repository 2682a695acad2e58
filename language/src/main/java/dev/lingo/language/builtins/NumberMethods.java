package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;

import dev.lingo.language.runtime.LingoError;

import java.util.Map;

/** The methods of Int and Float. */
final class NumberMethods {

    private NumberMethods() {
    }

    static void register(Map<String, MethodSpec> ints, Map<String, MethodSpec> floats) {
        method(ints, "abs", 0, 0, (r, a, n) -> {
            long v = (Long) r;
            if (v == Long.MIN_VALUE) {
                throw LingoError.of("ArithmeticError", "Integer overflow in abs()", n);
            }
            return Math.abs(v);
        });
        method(ints, "toFloat", 0, 0, (r, a, n) -> ((Long) r).doubleValue());
        method(ints, "toInt", 0, 0, (r, a, n) -> r);
        method(floats, "abs", 0, 0, (r, a, n) -> Math.abs((Double) r));
        method(floats, "toFloat", 0, 0, (r, a, n) -> r);
        method(floats, "toInt", 0, 0, (r, a, n) -> toInt((Double) r, n));
        method(floats, "round", 0, 1, (r, a, n) -> a.length == 0 ? (Object) toInt((double) Math.round((Double) r), n)
                        : (Object) roundTo((Double) r, Args.integer(a[0], "round's digits", n)));
        method(floats, "floor", 0, 0, (r, a, n) -> toInt(Math.floor((Double) r), n));
        method(floats, "ceil", 0, 0, (r, a, n) -> toInt(Math.ceil((Double) r), n));
        method(floats, "isNaN", 0, 0, (r, a, n) -> Double.isNaN((Double) r));
        method(ints, "format", 1, 1, (r, a, n) -> TextBuiltins.format(r, Args.string(a[0], "format's spec", n), n));
        method(floats, "format", 1, 1, (r, a, n) -> TextBuiltins.format(r, Args.string(a[0], "format's spec", n), n));
    }

    static long toInt(double d, com.oracle.truffle.api.nodes.Node node) {
        if (Double.isNaN(d) || d >= 9.223372036854775807E18 || d < -9.223372036854775808E18) {
            throw LingoError.of("ArithmeticError", dev.lingo.language.runtime.Display.formatFloat(d) + " does not fit in an Int", node);
        }
        return (long) d;
    }

    private static double roundTo(double d, long digits) {
        return new java.math.BigDecimal(Double.toString(d)).setScale((int) Math.max(0, Math.min(15, digits)),
                        java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
