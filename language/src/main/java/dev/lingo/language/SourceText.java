package dev.lingo.language;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A source file's text: its bytes decoded strictly as UTF-8 (never with silent replacement
 * characters), without the byte-order mark some editors write first.
 */
final class SourceText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceText() {
    }

    static String decode(byte[] bytes) throws NotUtf8 {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        int bom = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? 1 : 0;
        if (result.isError()) {
            throw new NotUtf8(bytes, in.position(), result.length(), text.substring(bom));
        }
        return text.substring(bom);
    }

    /** Where the text stops being UTF-8: "byte 0xFF at offset 17 (line 2, column 9)". */
    static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(byte[] bytes, int offset, int length, String before) {
            super(describe(bytes, offset, length, before), null, false, false);
        }

        private static String describe(byte[] bytes, int offset, int length, String before) {
            int lineStart = before.lastIndexOf('\n') + 1;
            long line = before.chars().filter(c -> c == '\n').count() + 1;
            int column = before.codePointCount(lineStart, before.length()) + 1;
            int end = Math.min(bytes.length, offset + Math.max(1, length));
            StringBuilder shown = new StringBuilder();
            for (int i = offset; i < end; i++) {
                shown.append(i == offset ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
            }
            return (end - offset > 1 ? "bytes " : "byte ") + shown + " at offset " + offset + " (line " + line + ", column "
                            + column + ")";
        }
    }
}
