package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * The text of a number literal (chapter 1.5) with an optional sign: what the parser turns into a
 * value and what {@code toInt()} and {@code toFloat()} accept (nothing of Java's leniency: no
 * {@code NaN}, {@code .5}, {@code 1.5f} or non-ASCII digits).
 */
public final class NumberText {

    private static final String DIGITS = "[0-9]+(?:_+[0-9]+)*";
    private static final String HEX = "0[xX][0-9a-fA-F]+(?:_+[0-9a-fA-F]+)*";
    private static final Pattern INT = Pattern.compile("[+-]?(?:" + HEX + "|" + DIGITS + ")");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?" + DIGITS + "(?:\\." + DIGITS + ")?(?:[eE][+-]?[0-9]+)?");

    private NumberText() {
    }

    @TruffleBoundary
    public static boolean isInt(String text) {
        return INT.matcher(text).matches();
    }

    /** An Int's or a Float's text. */
    @TruffleBoundary
    public static boolean isNumber(String text) {
        return DECIMAL.matcher(text).matches() || INT.matcher(text).matches();
    }

    /** The value of an Int's text; {@link NumberFormatException} when it does not fit in 64 bits. */
    @TruffleBoundary
    public static long intValue(String text) {
        String t = text.replace("_", "");
        String hex = hexDigits(t);
        return hex != null ? Long.parseLong(hex, 16) : Long.parseLong(t);
    }

    /** The value of an Int's or a Float's text, rounded to the nearest Float. */
    @TruffleBoundary
    public static double floatValue(String text) {
        String t = text.replace("_", "");
        String hex = hexDigits(t);
        return hex != null ? new BigInteger(hex, 16).doubleValue() : Double.parseDouble(t);
    }

    /** The sign and digits of a hexadecimal number's text, or null for a decimal one. */
    private static String hexDigits(String t) {
        int sign = t.startsWith("-") || t.startsWith("+") ? 1 : 0;
        return t.startsWith("0x", sign) || t.startsWith("0X", sign) ? t.substring(0, sign) + t.substring(sign + 2) : null;
    }
}
