package dev.lingo.vm.machine;

import java.util.Arrays;

/** A vector as the answer cache stores it: a JSON array of numbers, exact for floats. */
final class VectorText {

    private VectorText() {
    }

    static String write(float[] v) {
        StringBuilder sb = new StringBuilder(v.length * 11).append('[');
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(v[i]);
        }
        return sb.append(']').toString();
    }

    /** @throws IllegalArgumentException when the text is not such an array */
    static float[] read(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            throw new IllegalArgumentException("not a vector");
        }
        return toFloats(Arrays.stream(s.substring(1, s.length() - 1).split(",")).map(String::strip).toArray(String[]::new));
    }

    private static float[] toFloats(String[] parts) {
        float[] v = new float[parts.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = Float.parseFloat(parts[i]); // NumberFormatException is an IllegalArgumentException
        }
        return v;
    }
}
