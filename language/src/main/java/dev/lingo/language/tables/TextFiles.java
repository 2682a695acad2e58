package dev.lingo.language.tables;

import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Opening a UTF-8 text file for a stream: a byte order mark is skipped, failures become IOError. */
final class TextFiles {

    private TextFiles() {
    }

    static BufferedReader open(TruffleFile file, String shown, Node at) {
        try {
            if (file.isDirectory()) {
                throw new IOException("it is a directory");
            }
            BufferedReader reader = file.newBufferedReader(StandardCharsets.UTF_8);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return reader;
        } catch (IOException | SecurityException e) {
            throw ioError("read", shown, e, at);
        }
    }

    static LingoError ioError(String verb, String shown, Exception e, Node at) {
        return LingoError.of("IOError", "Cannot " + verb + " " + shown + ": " + reason(e), at);
    }

    static String reason(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "no such file";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        } else if (e instanceof SecurityException) {
            return "file access is not allowed here";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // reading is over; nothing is lost by a failed close
        }
    }
}
