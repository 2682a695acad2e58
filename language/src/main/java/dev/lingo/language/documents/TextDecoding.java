package dev.lingo.language.documents;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 for text and Markdown files: a Latin-1 or binary file is an error, not mojibake. */
final class TextDecoding {

    private TextDecoding() {
    }

    static String utf8(byte[] bytes) throws DocumentException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new DocumentException("it is not UTF-8 text");
        }
    }

    static boolean isUtf8Text(byte[] bytes) {
        try {
            return utf8(bytes).indexOf('\0') < 0;
        } catch (DocumentException e) {
            return false;
        }
    }
}
