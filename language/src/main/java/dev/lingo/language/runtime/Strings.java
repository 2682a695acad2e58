package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/** String helpers that count Unicode code points, as Lingo's String does. */
public final class Strings {

    private Strings() {
    }

    @TruffleBoundary
    public static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Code points {@code from} (inclusive) to {@code to} (exclusive); negative indexes count from the end. */
    @TruffleBoundary
    public static String slice(String s, int from, int to) {
        int n = length(s);
        int a = clamp(from < 0 ? n + from : from, n);
        int b = clamp(to < 0 ? n + to : to, n);
        if (b <= a) {
            return "";
        }
        return s.substring(s.offsetByCodePoints(0, a), s.offsetByCodePoints(0, b));
    }

    /** The code point at {@code index} as a String, or null when out of range. */
    @TruffleBoundary
    public static String charAt(String s, long index) {
        int n = length(s);
        long i = index < 0 ? n + index : index;
        if (i < 0 || i >= n) {
            return null;
        } else if (n == s.length()) {
            return String.valueOf(s.charAt((int) i));
        }
        int start = s.offsetByCodePoints(0, (int) i);
        return new String(Character.toChars(s.codePointAt(start)));
    }

    @TruffleBoundary
    public static LingoList chars(String s) {
        return new LingoList(s.codePoints().mapToObj(cp -> (Object) new String(Character.toChars(cp))).toArray());
    }

    /** Split at {@code \n}, {@code \r\n} or a lone {@code \r}; a final terminator adds no empty line. */
    @TruffleBoundary
    public static LingoList lines(String s) {
        return new LingoList(s.lines().toArray());
    }

    /**
     * Orders by code point. {@link String#compareTo} orders by UTF-16 unit, which puts a code point
     * above U+FFFF (a surrogate pair, D800-DFFF) before U+E000-U+FFFF; moving the surrogates above
     * that range at the first difference fixes it.
     */
    @TruffleBoundary
    public static int compare(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                return codePointOrder(x) - codePointOrder(y);
            }
        }
        return a.length() - b.length();
    }

    private static int codePointOrder(char c) {
        if (c < Character.MIN_SURROGATE) {
            return c;
        }
        return Character.isSurrogate(c) ? c + 0x2000 : c - 0x800;
    }

    private static int clamp(int i, int n) {
        return Math.max(0, Math.min(n, i));
    }
}
