package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * The value of a local {@code var} that {@code s += piece} has been appending to: the first
 * {@link #length} chars of a builder. The builder only grows and the chars below any length it has
 * had never change, so a copy of the variable (a closure, a frame copied to run ahead) keeps its
 * value; an append to an older copy starts a builder of its own. Readers of the variable see the
 * {@code String} ({@link #flatten}), made once per value; so {@code s += "x"} in a loop is amortized
 * O(1) however the loop reads {@code s}.
 */
public final class AppendedString {

    /** Below this length a concatenation copies: a builder would not pay for itself. */
    public static final int MIN_LENGTH = 256;

    private final StringBuilder builder;
    private final int length;
    private String flat;

    private AppendedString(StringBuilder builder, int length) {
        this.builder = builder;
        this.length = length;
    }

    /**
     * {@code before + piece}, where {@code before} is a String or an AppendedString: appended in place
     * when no one appended to {@code before}'s builder since; null when the result is too short (or
     * too long) for a builder to pay, and the caller concatenates.
     */
    @TruffleBoundary
    public static AppendedString append(Object before, String piece) {
        if (before instanceof AppendedString a) {
            synchronized (a.builder) {
                if (a.builder.length() == a.length) {
                    a.builder.append(piece);
                    return new AppendedString(a.builder, a.builder.length());
                }
            }
            return start(a.flatten(), piece);
        }
        return start((String) before, piece);
    }

    private static AppendedString start(String s, String piece) {
        long length = (long) s.length() + piece.length();
        if (length < MIN_LENGTH || length > Integer.MAX_VALUE / 2) {
            return null;
        }
        StringBuilder b = new StringBuilder((int) (length * 2)).append(s).append(piece);
        return new AppendedString(b, b.length());
    }

    /** The String this value is (copied out of the builder once). */
    @TruffleBoundary
    public String flatten() {
        String s = flat;
        if (s == null) {
            synchronized (builder) {
                s = builder.substring(0, length);
            }
            flat = s;
        }
        return s;
    }

    /** {@code value} as the program sees it: an AppendedString flattened, anything else as it is. */
    public static Object seen(Object value) {
        return value instanceof AppendedString a ? a.flatten() : value;
    }
}
