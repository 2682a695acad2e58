package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Values;

/** {@code std:math} and the numeric prelude functions. */
final class MathBuiltins {

    private MathBuiltins() {
    }

    static void register() {
        add("prelude.abs", 1, 1, (a, n) -> {
            if (a[0] instanceof Long l) {
                if (l == Long.MIN_VALUE) {
                    throw LingoError.of("ArithmeticError", "Integer overflow in abs()", n);
                }
                return Math.abs(l);
            }
            return Math.abs(Args.number(a[0], "abs' argument", n));
        });
        add("prelude.min", 1, Integer.MAX_VALUE, (a, n) -> pick(a, -1, n));
        add("prelude.max", 1, Integer.MAX_VALUE, (a, n) -> pick(a, 1, n));
        add("math.sqrt", 1, 1, (a, n) -> Math.sqrt(Args.number(a[0], "sqrt's argument", n)));
        add("math.pow", 2, 2, (a, n) -> pow(a, n));
        add("math.floor", 1, 1, (a, n) -> NumberMethods.toInt(Math.floor(Args.number(a[0], "floor's argument", n)), n));
        add("math.ceil", 1, 1, (a, n) -> NumberMethods.toInt(Math.ceil(Args.number(a[0], "ceil's argument", n)), n));
        add("math.round", 1, 2, (a, n) -> a.length == 1 ? NumberMethods.toInt(Math.round(Args.number(a[0], "round's argument", n)), n)
                        : roundTo(a[0], Args.integer(a[1], "round's digits", n), n));
        add("math.log", 1, 1, (a, n) -> Math.log(Args.number(a[0], "log's argument", n)));
        add("math.exp", 1, 1, (a, n) -> Math.exp(Args.number(a[0], "exp's argument", n)));
        add("math.sin", 1, 1, (a, n) -> Math.sin(Args.number(a[0], "sin's argument", n)));
        add("math.cos", 1, 1, (a, n) -> Math.cos(Args.number(a[0], "cos's argument", n)));
    }

    /**
     * {@code x} rounded to {@code digits} decimals (tens, hundreds… when negative), halves up as
     * {@code round(x)} takes them, on the Float's exact value: {@code round(2.675, 2)} is 2.67, as
     * 2.675 is stored as 2.67499…. An Int stays an Int.
     */
    @com.oracle.truffle.api.CompilerDirectives.TruffleBoundary
    private static Object roundTo(Object x, long digits, com.oracle.truffle.api.nodes.Node n) {
        if (digits < -18 || digits > 15) {
            throw LingoError.of("ValueError", "round's digits go from -18 to 15, not " + digits, n);
        }
        java.math.BigDecimal half = java.math.BigDecimal.valueOf(5).scaleByPowerOfTen(-(int) digits - 1);
        if (x instanceof Long l) {
            if (digits >= 0) {
                return l;
            }
            java.math.BigDecimal r = new java.math.BigDecimal(l).add(half).setScale((int) digits, java.math.RoundingMode.FLOOR);
            try {
                return r.longValueExact();
            } catch (ArithmeticException e) {
                throw LingoError.of("ArithmeticError", "round(" + l + ", " + digits + ") does not fit in an Int", n);
            }
        }
        double d = Args.number(x, "round's argument", n);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return d;
        }
        return new java.math.BigDecimal(d).add(half).setScale((int) digits, java.math.RoundingMode.FLOOR).doubleValue();
    }

    private static Object pick(Object[] a, int sign, com.oracle.truffle.api.nodes.Node n) {
        Object[] items = a;
        if (a.length == 1) {
            items = Args.list(a[0], "the argument of min/max", n).items();
            if (items.length == 0) {
                throw LingoError.of("ValueError", "min/max of an empty list", n);
            }
        }
        Object best = items[0];
        for (Object item : items) {
            if (!Values.orderable(item, best)) {
                throw LingoError.typeError("Cannot compare " + Values.typeName(item) + " and " + Values.typeName(best), n);
            }
            if (Values.compare(item, best) * sign > 0) {
                best = item;
            }
        }
        return best;
    }

    private static Object pow(Object[] a, com.oracle.truffle.api.nodes.Node n) {
        if (a[0] instanceof Long base && a[1] instanceof Long exp && exp >= 0) {
            if (exp > 64 && Math.abs(base) > 1) {
                throw LingoError.of("ArithmeticError", "Integer overflow in pow()", n);
            }
            long result = 1;
            try {
                if (Math.abs(base) <= 1) {
                    return base == 0 ? (exp == 0 ? 1L : 0L) : (base == 1 || exp % 2 == 0 ? 1L : -1L);
                }
                for (long i = 0; i < exp; i++) {
                    result = Math.multiplyExact(result, base);
                }
            } catch (ArithmeticException e) {
                throw LingoError.of("ArithmeticError", "Integer overflow in pow()", n);
            }
            return result;
        }
        return Math.pow(Args.number(a[0], "pow's base", n), Args.number(a[1], "pow's exponent", n));
    }
}
