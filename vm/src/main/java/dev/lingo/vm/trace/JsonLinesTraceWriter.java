package dev.lingo.vm.trace;

import dev.lingo.vm.json.Json;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes one JSON object per call and line, flushed at once so a crashed run still leaves its trace.
 * Each line passes through the {@link SecretRedactor} after rendering, so no field can carry a key.
 */
public final class JsonLinesTraceWriter implements TraceSink, Closeable {

    private final Writer out;
    private final SecretRedactor redactor;

    public JsonLinesTraceWriter(Writer out, SecretRedactor redactor) {
        this.out = out;
        this.redactor = redactor;
    }

    /** Appends to {@code file}, creating it (and its folder) if needed. */
    public static JsonLinesTraceWriter append(Path file, SecretRedactor redactor) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        return new JsonLinesTraceWriter(writer, redactor);
    }

    @Override
    public void record(CallRecord record) {
        write(CallRecordJson.toJson(record, "model"));
    }

    @Override
    public void answeredWithoutCall(CallRecord record, String source) {
        write(CallRecordJson.toJson(record, source));
    }

    private synchronized void write(com.fasterxml.jackson.databind.node.ObjectNode json) {
        // JSON escapes line breaks inside strings, so one record is always exactly one line
        String line = redactor.redact(Json.write(json));
        try {
            out.write(line);
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the model-call trace", e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
