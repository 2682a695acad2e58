package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;
import static dev.lingo.language.builtins.MethodTable.property;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.NumberText;
import dev.lingo.language.runtime.Strings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The methods of String. Indexes and sizes count Unicode code points. */
final class StringMethods {

    private StringMethods() {
    }

    static void register(Map<String, MethodSpec> t) {
        t.put("size", new MethodSpec("size", 0, 0, true, StringSizeMethod::new));
        property(t, "isEmpty", (r, a, n) -> s(r).isEmpty());
        method(t, "upper", 0, 0, (r, a, n) -> s(r).toUpperCase());
        method(t, "lower", 0, 0, (r, a, n) -> s(r).toLowerCase());
        method(t, "trim", 0, 0, (r, a, n) -> s(r).strip());
        method(t, "trimStart", 0, 0, (r, a, n) -> s(r).stripLeading());
        method(t, "trimEnd", 0, 0, (r, a, n) -> s(r).stripTrailing());
        method(t, "split", 0, 1, (r, a, n) -> split(s(r), a.length == 0 ? null : Args.string(a[0], "split's separator", n)));
        method(t, "lines", 0, 0, (r, a, n) -> Strings.lines(s(r)));
        method(t, "chars", 0, 0, (r, a, n) -> Strings.chars(s(r)));
        method(t, "contains", 1, 1, (r, a, n) -> s(r).contains(Args.string(a[0], "contains' argument", n)));
        method(t, "startsWith", 1, 1, (r, a, n) -> s(r).startsWith(Args.string(a[0], "startsWith's argument", n)));
        method(t, "endsWith", 1, 1, (r, a, n) -> s(r).endsWith(Args.string(a[0], "endsWith's argument", n)));
        method(t, "indexOf", 1, 1, (r, a, n) -> indexOf(s(r), Args.string(a[0], "indexOf's argument", n)));
        method(t, "replace", 2, 2, (r, a, n) -> s(r).replace(Args.string(a[0], "replace's first argument", n),
                        Args.string(a[1], "replace's second argument", n)));
        method(t, "slice", 1, 2, (r, a, n) -> Strings.slice(s(r), Args.index(a[0], "slice's start", n),
                        a.length > 1 ? Args.index(a[1], "slice's end", n) : Integer.MAX_VALUE));
        method(t, "repeat", 1, 1, (r, a, n) -> repeat(s(r), Args.integer(a[0], "repeat's count", n), n));
        method(t, "padStart", 1, 2, (r, a, n) -> pad(s(r), a, true, n));
        method(t, "padEnd", 1, 2, (r, a, n) -> pad(s(r), a, false, n));
        method(t, "toInt", 0, 0, (r, a, n) -> toInt(s(r), n));
        method(t, "toFloat", 0, 0, (r, a, n) -> toFloat(s(r), n));
        method(t, "reversed", 0, 0, (r, a, n) -> new StringBuilder(s(r)).reverse().toString());
        RegexMethods.register(t);
        method(t, "toString", 0, 0, (r, a, n) -> s(r));
        method(t, "format", 1, 1, (r, a, n) -> TextBuiltins.format(r, Args.string(a[0], "format's spec", n), n));
    }

    private static String s(Object receiver) {
        return (String) receiver;
    }

    private static LingoList split(String s, String separator) {
        List<Object> parts = new ArrayList<>();
        if (separator == null) {
            for (String part : s.strip().split("\\s+")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
        } else if (separator.isEmpty()) {
            return Strings.chars(s);
        } else {
            int start = 0;
            int at;
            while ((at = s.indexOf(separator, start)) >= 0) {
                parts.add(s.substring(start, at));
                start = at + separator.length();
            }
            parts.add(s.substring(start));
        }
        return new LingoList(parts.toArray());
    }

    private static long indexOf(String s, String part) {
        int at = s.indexOf(part);
        return at < 0 ? -1 : s.codePointCount(0, at);
    }

    /** Longest String (in UTF-16 units) that repeat and the pads build: past it the heap, not the user, decides. */
    private static final int MAX_BUILT_LENGTH = Integer.MAX_VALUE / 2;

    private static String repeat(String s, long count, com.oracle.truffle.api.nodes.Node node) {
        if (count < 0 || s.length() > 0 && count > MAX_BUILT_LENGTH / s.length()) {
            throw LingoError.of("ValueError", "repeat count " + count + " is out of range", node);
        }
        return s.repeat((int) count);
    }

    /** Linear in the width: whole copies of the fill, then the first code points of one more. */
    private static String pad(String s, Object[] a, boolean start, com.oracle.truffle.api.nodes.Node node) {
        int width = Args.index(a[0], "the pad width", node);
        String fill = a.length > 1 ? Args.string(a[1], "the pad character", node) : " ";
        if (fill.isEmpty()) {
            throw LingoError.of("ValueError", "the pad character must not be empty", node);
        }
        int missing = width - Strings.length(s);
        if (missing <= 0) {
            return s;
        }
        int fillLength = Strings.length(fill);
        int copies = missing / fillLength;
        if (copies > (MAX_BUILT_LENGTH - s.length()) / fill.length()) {
            throw LingoError.of("ValueError", "pad width " + width + " is out of range", node);
        }
        String p = fill.repeat(copies) + Strings.slice(fill, 0, missing % fillLength);
        return start ? p + s : s + p;
    }

    private static Object toInt(String s, com.oracle.truffle.api.nodes.Node node) {
        String text = s.strip();
        if (!NumberText.isInt(text)) {
            throw LingoError.of("ValueError", quoted(s) + " is not an Int", node);
        }
        try {
            return NumberText.intValue(text);
        } catch (NumberFormatException e) {
            throw LingoError.of("ValueError", quoted(s) + " does not fit in an Int (64-bit)", node);
        }
    }

    private static Object toFloat(String s, com.oracle.truffle.api.nodes.Node node) {
        String text = s.strip();
        if (!NumberText.isNumber(text)) {
            throw LingoError.of("ValueError", quoted(s) + " is not a number", node);
        }
        return NumberText.floatValue(text);
    }

    /** The text in a message: as a literal, and cut short when long. */
    static String quoted(String s) {
        return Display.repr(Strings.length(s) > 40 ? Strings.slice(s, 0, 40) + "…" : s);
    }
}
