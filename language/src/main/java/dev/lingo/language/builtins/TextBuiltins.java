package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.FormatSpec;
import dev.lingo.language.runtime.Formatting;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.LingoError;

/** The prelude's text functions: code points ({@code ord}, {@code chr}) and {@code format}. */
final class TextBuiltins {

    private TextBuiltins() {
    }

    static void register() {
        add("prelude.ord", 1, 1, (a, n) -> ord(Args.string(a[0], "ord's argument", n), n));
        add("prelude.chr", 1, 1, (a, n) -> chr(Args.integer(a[0], "chr's argument", n), n));
        add("prelude.format", 2, 2, (a, n) -> format(Pending.force(a[0]), Args.string(a[1], "format's spec", n), n));
    }

    /** {@code format(x, ".2f")} and {@code x.format(".2f")}: what {@code "{x:.2f}"} gives, with the spec checked when called. */
    static Object format(Object value, String specText, Node n) {
        FormatSpec spec;
        try {
            spec = FormatSpec.parse(specText);
        } catch (FormatSpec.Invalid e) {
            throw LingoError.of("ValueError", "format's spec " + Display.repr(specText) + " is not valid: " + e.getMessage()
                            + " (at index " + e.index() + ")", n);
        }
        try {
            return Formatting.format(value, spec);
        } catch (Formatting.WrongValue e) {
            throw LingoError.of("TypeError", e.getMessage(), n);
        }
    }

    private static Object ord(String s, Node n) {
        if (s.isEmpty() || s.length() != Character.charCount(s.codePointAt(0))) {
            throw LingoError.of("ValueError", "ord needs a String of exactly one character, not " + Display.repr(s)
                            + " (" + s.codePointCount(0, s.length()) + " characters); for each character use s.chars().map(ord)", n);
        }
        return (long) s.codePointAt(0);
    }

    private static Object chr(long codePoint, Node n) {
        if (codePoint < 0 || codePoint > Character.MAX_CODE_POINT) {
            throw LingoError.of("ValueError", "chr's argument " + codePoint + " is not a Unicode code point (0 to 0x10FFFF)", n);
        }
        if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
            throw LingoError.of("ValueError", "chr's argument " + codePoint + " (0x" + Long.toHexString(codePoint).toUpperCase()
                            + ") is a surrogate, which is not a character on its own (0xD800 to 0xDFFF)", n);
        }
        return Character.toString((int) codePoint);
    }
}
