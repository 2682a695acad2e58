package dev.lingo.language.parser;

import com.oracle.truffle.api.source.Source;

/**
 * Formats an error the way every Lingo tool shows it:
 * <pre>
 * file.lingo:3:9: Unknown name `lenght`. Did you mean `length`?
 *   3 | let n = lenght(xs)
 *     |         ^^^^^^
 * hint: …
 * </pre>
 */
public final class ErrorReport {

    private static final int LONGEST_LINE = 160;
    private static final int SHOWN_BEFORE = 60;
    private static final String ELLIPSIS = "...";

    private ErrorReport() {
    }

    public static String format(Source source, int start, int length, String sentence, String hint) {
        int size = source.getLength();
        int line = 1;
        int lineStart = 0;
        String text = "";
        if (size > 0) {
            int pos = Math.max(0, Math.min(start, size - 1));
            line = source.getLineNumber(pos);
            lineStart = source.getLineStartOffset(line);
            text = source.getCharacters(line).toString();
        }
        int offsetInLine = Math.max(0, Math.min(start - lineStart, text.length()));
        int column = text.codePointCount(0, offsetInLine) + 1 + Math.max(0, start - lineStart - text.length());
        StringBuilder sb = new StringBuilder();
        sb.append(source.getName()).append(':').append(line).append(':').append(column).append(": ").append(sentence);
        String gutter = String.valueOf(line);
        String pad = " ".repeat(gutter.length());
        int width = text.codePointCount(0, text.length());
        int caretStart = Math.max(0, Math.min(column - 1, width));
        int caretLength = Math.max(1, Math.min(length, Math.max(1, width - caretStart)));
        if (width > LONGEST_LINE) {
            // A very long line (generated or minified code) is shown around the culprit only.
            int from = Math.max(0, Math.min(caretStart - SHOWN_BEFORE, width - LONGEST_LINE));
            int to = from + LONGEST_LINE;
            caretLength = Math.max(1, Math.min(caretLength, to - caretStart));
            caretStart = caretStart - from + (from > 0 ? ELLIPSIS.length() : 0);
            text = (from > 0 ? ELLIPSIS : "") + text.substring(text.offsetByCodePoints(0, from), text.offsetByCodePoints(0, to))
                            + (to < width ? ELLIPSIS : "");
        }
        sb.append('\n').append(' ').append(gutter).append(" | ").append(text.replace('\t', ' '));
        sb.append('\n').append(' ').append(pad).append(" | ").append(" ".repeat(caretStart)).append("^".repeat(caretLength));
        if (hint != null && !hint.isEmpty()) {
            sb.append("\nhint: ").append(hint);
        }
        return sb.toString();
    }
}
