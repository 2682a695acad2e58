package dev.lingo.launcher;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Source;

/**
 * Reads a program file into a polyglot Source: strictly as UTF-8 (bytes that are not UTF-8 are an
 * error at their place, never replacement characters) and without a leading byte-order mark.
 * File-system problems are usage errors.
 */
public final class SourceFiles {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private SourceFiles() {
    }

    public static Source read(Path file) {
        if (Files.isDirectory(file)) {
            throw new UsageError("`" + file + "` is a directory, not a Lingo source file");
        }
        if (!Files.isRegularFile(file)) {
            throw new UsageError("file not found: " + file);
        }
        try {
            String text = decode(file, Files.readAllBytes(file));
            return Source.newBuilder(LingoContexts.LANGUAGE_ID, file.toFile()).content(text).build();
        } catch (IOException e) {
            throw new UsageError("cannot read " + file + ": " + e.getMessage());
        }
    }

    private static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never gives more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        String text = out.flip().toString();
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (result.isError()) {
            throw notUtf8(file, bytes, in.position(), result.length(), text);
        }
        return text;
    }

    /** Reported like a syntax error: {@code file:line:column:}, the first bytes that are not UTF-8, a hint. */
    private static MalformedSourceError notUtf8(Path file, byte[] bytes, int offset, int length, String before) {
        int lineStart = before.lastIndexOf('\n') + 1;
        long line = before.chars().filter(c -> c == '\n').count() + 1;
        int column = before.codePointCount(lineStart, before.length()) + 1;
        int end = Math.min(bytes.length, offset + Math.max(1, length));
        var shown = new StringBuilder();
        for (int i = offset; i < end; i++) {
            shown.append(i == offset ? "" : " ").append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return new MalformedSourceError(file + ":" + line + ":" + column + ": The file is not valid UTF-8: "
                + (end - offset > 1 ? "bytes " : "byte ") + shown + " at offset " + offset
                + "\nhint: save it as UTF-8 text");
    }
}
