package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.SecretRedactor;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every call of a run, answered or failed and wherever the answer came from, to a JSON
 * Lines file ({@link RecordingFormat}) that {@link RunReplay} can answer a later run from. Each
 * line is flushed when written, so a killed run leaves every finished call behind. Each line passes
 * through the run's {@link SecretRedactor}, so a key a model echoed is not kept. Thread-safe.
 */
public final class RunRecording implements AutoCloseable {

    private final Path file;
    private final BufferedWriter out;
    private final SecretRedactor secrets;
    private long seq;

    private RunRecording(Path file, BufferedWriter out, SecretRedactor secrets) {
        this.file = file;
        this.secrets = secrets;
        this.out = out;
    }

    /** Starts a new recording in {@code file}, replacing what was there. */
    public static RunRecording create(Path file) throws IOException {
        return create(file, SecretRedactor.none());
    }

    /** The same, scrubbing {@code secrets} from every line. */
    public static RunRecording create(Path file, SecretRedactor secrets) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        RunRecording r = new RunRecording(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8), secrets);
        r.line(RecordingFormat.header());
        return r;
    }

    public Path file() {
        return file;
    }

    public synchronized void answered(CacheKey key, AnswerSource source, String answer, Usage usage) {
        line(RecordingFormat.write(new RecordedCall(++seq, key.hash(), key.provider(), key.model(), key.prompt(),
                source, answer, usage, null)));
    }

    public synchronized void failed(CacheKey key, ModelCallException failure) {
        line(RecordingFormat.write(new RecordedCall(++seq, key.hash(), key.provider(), key.model(), key.prompt(),
                null, null, null, RecordedFailure.of(failure))));
    }

    /** Calls written so far. */
    public synchronized long calls() {
        return seq;
    }

    private void line(String json) {
        try {
            out.write(secrets.redact(json));
            out.write('\n');
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the recording " + file, e);
        }
    }

    @Override
    public synchronized void close() throws IOException {
        out.close();
    }
}
