package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * Where the code points of one String start, found in one pass, so that {@code s[i]} and
 * {@code s.size} on the same String cost O(1) afterwards (Java Strings index UTF-16 units, and
 * counting code points is a scan). Nodes keep the index of the last String they saw.
 */
public final class CodePointIndex {

    /** A String shorter than this is scanned directly: cheaper than building an index. */
    public static final int MIN_LENGTH = 64;
    private static final int STEP = 32;

    private final String string;
    private final int size;
    /** The char offset of every STEP-th code point; null when there are no surrogate pairs. */
    private final int[] samples;

    private CodePointIndex(String string, int size, int[] samples) {
        this.string = string;
        this.size = size;
        this.samples = samples;
    }

    /** The index of {@code s}: {@code cached} when it belongs to {@code s}, else a new one. */
    @TruffleBoundary
    public static CodePointIndex of(String s, CodePointIndex cached) {
        if (cached != null && cached.string == s) {
            return cached;
        }
        int size = s.codePointCount(0, s.length());
        if (size == s.length()) {
            return new CodePointIndex(s, size, null);
        }
        int[] samples = new int[(size + STEP - 1) / STEP];
        int offset = 0;
        for (int i = 0; i < size; i++) {
            if (i % STEP == 0) {
                samples[i / STEP] = offset;
            }
            offset += Character.charCount(s.codePointAt(offset));
        }
        return new CodePointIndex(s, size, samples);
    }

    public int size() {
        return size;
    }

    /** The code point at {@code index} as a String (negative counts from the end), or null when out of range. */
    @TruffleBoundary
    public String charAt(long index) {
        long i = index < 0 ? size + index : index;
        if (i < 0 || i >= size) {
            return null;
        }
        if (samples == null) {
            return String.valueOf(string.charAt((int) i));
        }
        int offset = samples[(int) i / STEP];
        for (int k = 0; k < i % STEP; k++) {
            offset += Character.charCount(string.codePointAt(offset));
        }
        return new String(Character.toChars(string.codePointAt(offset)));
    }
}
