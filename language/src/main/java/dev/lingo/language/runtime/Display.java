package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** How values print: {@link #show} for {@code print} and interpolation, {@link #repr} inside containers. */
public final class Display {

    private Display() {
    }

    @TruffleBoundary
    public static String show(Object v) {
        v = Pending.forceDeep(v);
        if (v instanceof String s) {
            return s;
        }
        return repr(v);
    }

    /**
     * Strings quoted and escaped, as they would be written in Lingo. Recursive: a structure deeper
     * than the stack raises StackOverflowError, which the builtin or the {@code try} around turns into a Lingo error.
     */
    @TruffleBoundary
    public static String repr(Object v) {
        StringBuilder sb = new StringBuilder();
        append(sb, v);
        return sb.toString();
    }

    @TruffleBoundary
    public static String formatFloat(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        } else if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        } else if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (long) d + ".0";
        } else if (Math.abs(d) < Double.MIN_NORMAL) {
            return tiny(d);
        }
        return Double.toString(d).replace('E', 'e');
    }

    /** Double.toString keeps two digits (4.9E-324) where one reads back (5e-324): only subnormals are that coarse. */
    private static String tiny(double d) {
        BigDecimal digit = new BigDecimal(d).round(new MathContext(1, RoundingMode.HALF_EVEN));
        if (digit.doubleValue() != d) {
            return Double.toString(d).replace('E', 'e');
        }
        return digit.unscaledValue() + ".0e" + (digit.precision() - 1 - digit.scale());
    }

    private static void append(StringBuilder sb, Object v) {
        v = Pending.force(v);
        if (v instanceof String s) {
            quote(sb, s);
        } else if (v instanceof Double d) {
            sb.append(formatFloat(d));
        } else if (v instanceof LingoRange range) {
            append(sb, range.toList());
        } else if (v instanceof LingoList list) {
            sb.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                append(sb, list.get(i));
            }
            sb.append(']');
        } else if (v instanceof LingoMap m) {
            appendMap(sb, m);
        } else if (v instanceof LingoSet s) {
            sb.append("set(");
            append(sb, new LingoList(s.elements()));
            sb.append(')');
        } else if (v instanceof LingoRecord r) {
            sb.append('{');
            for (int i = 0; i < r.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                String name = r.shape().name(i);
                if (name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    sb.append(name);
                } else {
                    quote(sb, name);
                }
                sb.append(": ");
                append(sb, r.valueAt(i));
            }
            sb.append('}');
        } else if (v == null) {
            sb.append("<uninitialized>");
        } else if (Values.isLingoValue(v)) {
            sb.append(v);
        } else {
            sb.append(InteropLibrary.getUncached().toDisplayString(v));
        }
    }

    private static void appendMap(StringBuilder sb, LingoMap m) {
        if (m.size() == 0) {
            sb.append("[:]");
            return;
        }
        sb.append('[');
        Object[] keys = m.keys();
        Object[] values = m.values();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            append(sb, keys[i]);
            sb.append(": ");
            append(sb, values[i]);
        }
        sb.append(']');
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                case '{' -> sb.append("\\{");
                case '}' -> sb.append("\\}");
                default -> {
                    if (c < 0x20 || c == 0x7F) {
                        sb.append("\\u{").append(Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)).append('}');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }
}
