package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Applies a {@link FormatSpec} to a value (spec 8.7). Rounding is half-even on the Float's exact value, as Python's. */
public final class Formatting {

    private Formatting() {
    }

    /** A value the spec cannot format, e.g. a String for `.2f`; the message says why. */
    public static final class WrongValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        WrongValue(String message) {
            super(message);
        }
    }

    @TruffleBoundary
    public static String format(Object value, FormatSpec spec) {
        boolean number = (value instanceof Long || value instanceof Double) && spec.type() != 's';
        if (!number) {
            if (spec.needsNumber()) {
                throw new WrongValue("the format spec " + Display.repr(spec.text()) + " needs a number, got "
                                + Values.typeName(value) + (value instanceof String ? "; convert it first with toInt() or toFloat()" : ""));
            }
            String text = Display.show(value);
            if (spec.precision() >= 0) {
                text = Strings.slice(text, 0, spec.precision());
            }
            return pad(text, spec, '<');
        }
        boolean negative = value instanceof Long l ? l < 0 : isNegative((Double) value);
        String digits = value instanceof Long l ? integer(l, spec) : decimal((Double) value, spec);
        String sign = negative ? "-" : spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
        String head = sign + (spec.alternate() ? prefix(spec.type()) : "");
        if (spec.alternate() && "fe%".indexOf(spec.type()) >= 0 && digits.indexOf('.') < 0) {
            digits = withPoint(digits);
        }
        if (spec.zero() || spec.align() == '=') { // padding goes between the sign (and prefix) and the digits
            int missing = spec.width() - Strings.length(head) - Strings.length(digits);
            String fill = spec.zero() ? "0" : Character.toString(spec.fill());
            return head + fill.repeat(Math.max(0, missing)) + digits;
        }
        return pad(head + digits, spec, '>');
    }

    private static String prefix(char type) {
        return switch (type) {
            case 'x' -> "0x";
            case 'X' -> "0X";
            case 'b' -> "0b";
            case 'o' -> "0o";
            default -> "";
        };
    }

    /** {@code 3} as {@code 3.}, {@code 1e+03} as {@code 1.e+03}, {@code 50%} as {@code 50.%}: the alternate form keeps the point. */
    private static String withPoint(String digits) {
        int end = digits.indexOf('e');
        if (end < 0) {
            end = digits.endsWith("%") ? digits.length() - 1 : digits.length();
        }
        return digits.substring(0, end) + "." + digits.substring(end);
    }

    private static boolean isNegative(double d) {
        return d < 0 || d == 0 && 1 / d < 0;
    }

    private static String integer(long l, FormatSpec spec) {
        BigInteger abs = BigInteger.valueOf(l).abs();
        return switch (spec.type()) {
            case 'f', 'e', '%' -> decimal((double) l, spec);
            case 'x' -> group(abs.toString(16), spec.grouping(), 4);
            case 'X' -> group(abs.toString(16).toUpperCase(), spec.grouping(), 4);
            case 'b' -> group(abs.toString(2), spec.grouping(), 4);
            case 'o' -> group(abs.toString(8), spec.grouping(), 4);
            default -> group(abs.toString(), spec.grouping(), 3);
        };
    }

    private static String decimal(double d, FormatSpec spec) {
        char type = spec.type();
        if (type == 'd' || type == 'x' || type == 'X' || type == 'b' || type == 'o') {
            throw new WrongValue("the format type `" + type + "` needs an Int, got Float"
                            + (type == 'd' ? "; use `.0f` to show a Float without decimals" : ""));
        }
        double abs = Math.abs(d);
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return Display.show(abs);
        }
        int precision = spec.precision() >= 0 ? spec.precision() : 6;
        return switch (type) {
            case 'f' -> fixed(new BigDecimal(abs), precision, spec.grouping());
            case '%' -> fixed(new BigDecimal(abs).movePointRight(2), precision, spec.grouping()) + "%";
            case 'e' -> scientific(abs, precision);
            default -> spec.precision() >= 0 ? fixed(new BigDecimal(abs), precision, spec.grouping())
                            : groupIntegerPart(Display.show(abs), spec.grouping());
        };
    }

    private static String fixed(BigDecimal abs, int precision, char grouping) {
        return groupIntegerPart(abs.setScale(precision, RoundingMode.HALF_EVEN).toPlainString(), grouping);
    }

    /** {@code 1.23e+03}: one digit before the point, {@code precision} after, an exponent of at least two digits. */
    private static String scientific(double abs, int precision) {
        int exponent = 0;
        BigDecimal mantissa = BigDecimal.ZERO.setScale(precision);
        if (abs != 0) {
            BigDecimal rounded = new BigDecimal(abs).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            exponent = rounded.precision() - rounded.scale() - 1;
            mantissa = rounded.movePointLeft(exponent).setScale(precision, RoundingMode.UNNECESSARY);
        }
        String e = String.valueOf(Math.abs(exponent));
        return mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
    }

    /** Groups the digits before the point (text that is not plain digits, e.g. {@code 1.0e20}, stays as it is). */
    private static String groupIntegerPart(String text, char grouping) {
        int point = text.indexOf('.');
        String whole = point < 0 ? text : text.substring(0, point);
        if (grouping == FormatSpec.NONE || !whole.chars().allMatch(Character::isDigit) || text.indexOf('e') >= 0) {
            return text;
        }
        return group(whole, grouping, 3) + (point < 0 ? "" : text.substring(point));
    }

    private static String group(String digits, char separator, int size) {
        if (separator == FormatSpec.NONE) {
            return digits;
        }
        StringBuilder out = new StringBuilder();
        int first = digits.length() % size == 0 ? size : digits.length() % size;
        out.append(digits, 0, first);
        for (int i = first; i < digits.length(); i += size) {
            out.append(separator).append(digits, i, i + size);
        }
        return out.toString();
    }

    private static String pad(String text, FormatSpec spec, char defaultAlign) {
        int missing = spec.width() - Strings.length(text);
        if (missing <= 0) {
            return text;
        }
        String fill = Character.toString(spec.fill());
        char align = spec.align() == FormatSpec.NONE ? defaultAlign : spec.align();
        return switch (align) {
            case '<' -> text + fill.repeat(missing);
            case '^' -> fill.repeat(missing / 2) + text + fill.repeat(missing - missing / 2);
            default -> fill.repeat(missing) + text;
        };
    }
}
