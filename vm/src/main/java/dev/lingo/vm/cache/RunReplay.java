package dev.lingo.vm.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers a run only from a {@link RunRecording}: never a provider, never the cache. Requests are
 * matched by key; answers to the same key are handed out in the order they were recorded (the
 * last one again when the run asks more often). A request the recording lacks fails with
 * {@link ReplayException}, naming its prompt. Thread-safe.
 */
public final class RunReplay {

    private final Path file;
    private final Map<String, ArrayDeque<RecordedCall>> byKey;
    private final int size;
    private long replayed;

    private RunReplay(Path file, Map<String, ArrayDeque<RecordedCall>> byKey, int size) {
        this.file = file;
        this.byKey = byKey;
        this.size = size;
    }

    /**
     * Reads a recording. A last line cut short (the recorded run was killed while writing it) is
     * ignored; any other line that is not a recorded call is an error naming its line number.
     */
    public static RunReplay load(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<String> lines = text.lines().toList();
        boolean lastCut = !text.isEmpty() && !text.endsWith("\n");
        String wrongHeader = lines.isEmpty() ? "it is empty" : RecordingFormat.checkHeader(parse(file, lines.getFirst(), 1));
        if (wrongHeader != null) {
            throw new IllegalArgumentException(file + " is not a Lingo recording: " + wrongHeader + ".");
        }
        Map<String, ArrayDeque<RecordedCall>> byKey = new HashMap<>();
        int count = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank() || (lastCut && i == lines.size() - 1)) {
                continue;
            }
            JsonNode json = parse(file, lines.get(i), i + 1);
            RecordedCall call;
            try {
                call = RecordingFormat.read(json);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + (i + 1) + " of the recording " + file
                        + " is not a recorded call: " + e.getMessage() + ".", e);
            }
            byKey.computeIfAbsent(call.key(), k -> new ArrayDeque<>()).add(call);
            count++;
        }
        return new RunReplay(file, byKey, count);
    }

    private static JsonNode parse(Path file, String line, int number) {
        try {
            return Json.parse(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Line " + number + " of the recording " + file + " is not JSON: "
                    + e.getOriginalMessage(), e);
        }
    }

    /** The recorded call for {@code key}, or {@link ReplayException} when the recording has none. */
    public synchronized RecordedCall take(CacheKey key) {
        ArrayDeque<RecordedCall> calls = byKey.get(key.hash());
        if (calls == null) {
            throw ReplayException.missing(file, key);
        }
        replayed++;
        return calls.size() > 1 ? calls.poll() : calls.peek();
    }

    public Path file() {
        return file;
    }

    /** Calls in the recording. */
    public int size() {
        return size;
    }

    /** Requests answered so far. */
    public synchronized long replayed() {
        return replayed;
    }
}
