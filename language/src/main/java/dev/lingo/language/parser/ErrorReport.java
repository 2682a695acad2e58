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
        sb.append('\n').append(' ').append(gutter).append(" | ").append(text.replace('\t', ' '));
        int caretStart = Math.max(0, Math.min(column - 1, text.codePointCount(0, text.length())));
        int caretLength = Math.max(1, Math.min(length, Math.max(1, text.codePointCount(0, text.length()) - caretStart)));
        sb.append('\n').append(' ').append(pad).append(" | ").append(" ".repeat(caretStart)).append("^".repeat(caretLength));
        if (hint != null && !hint.isEmpty()) {
            sb.append("\nhint: ").append(hint);
        }
        return sb.toString();
    }
}
