package dev.lingo.vm.batch.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Batch jobs under way, one small JSON file each in the cache folder ({@code batches/}), written
 * before the job is created and again once it has an id, so a run killed while it waits (hours,
 * perhaps) finds its job again instead of paying for the same answers twice. An entry is removed
 * only after every answer of its job is in the answer cache. Files are replaced atomically.
 */
public final class BatchJournal {

    /**
     * One job. {@code batchId} is null between the upload and the job's creation: a run that stops
     * there looks the job up by its input file.
     */
    public record Entry(String journalId, String endpoint, String model, String inputFileId, String batchId,
                        Instant createdAt, List<CacheKey> keys) {
        public Entry {
            keys = List.copyOf(keys);
        }

        Entry withBatch(String id) {
            return new Entry(journalId, endpoint, model, inputFileId, id, createdAt, keys);
        }
    }

    private final Path directory;

    public BatchJournal(Path directory) {
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }

    public Entry begin(String endpoint, String model, String inputFileId, List<CacheKey> keys) {
        Entry e = new Entry(UUID.randomUUID().toString(), endpoint, model, inputFileId, null, Instant.now(), keys);
        write(e);
        return e;
    }

    public Entry attached(Entry entry, String batchId) {
        Entry e = entry.withBatch(batchId);
        write(e);
        return e;
    }

    /** The jobs of this endpoint and model that no run has finished yet. */
    public List<Entry> unfinished(String endpoint, String model) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList()) {
                Entry e = read(f);
                if (e != null && e.endpoint().equals(endpoint) && e.model().equals(model)) {
                    entries.add(e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the batch journal in " + directory, e);
        }
        return entries;
    }

    public void finish(Entry entry) {
        try {
            Files.deleteIfExists(file(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + file(entry), e);
        }
    }

    private Path file(Entry e) {
        return directory.resolve(e.journalId() + ".json");
    }

    private void write(Entry e) {
        ObjectNode json = Json.object().put("journal", e.journalId()).put("endpoint", e.endpoint()).put("model", e.model())
                .put("inputFileId", e.inputFileId()).put("batchId", e.batchId()).put("createdAt", e.createdAt().toString());
        ArrayNode keys = json.putArray("keys");
        e.keys().forEach(k -> keys.addObject().put("hash", k.hash()).put("provider", k.provider()).put("model", k.model())
                .put("prompt", k.prompt()).put("sampled", k.sampled()));
        try {
            Files.createDirectories(directory);
            Path tmp = directory.resolve(e.journalId() + ".tmp");
            try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE)) {
                out.write(ByteBuffer.wrap(Json.write(json).getBytes(StandardCharsets.UTF_8)));
                out.force(true); // on disk before it takes the entry's name
            }
            Files.move(tmp, file(e), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot write the batch journal in " + directory, ex);
        }
    }

    private static Entry read(Path file) {
        try {
            return parse(Json.parse(Files.readString(file)));
        } catch (IOException | RuntimeException ex) {
            return null; // a damaged entry names no job we could follow
        }
    }

    private static Entry parse(JsonNode json) {
        List<CacheKey> keys = new ArrayList<>();
        json.path("keys").forEach(k -> keys.add(new CacheKey(k.path("hash").asText(), k.path("provider").asText(),
                k.path("model").asText(), k.path("prompt").asText(""), k.path("sampled").asBoolean())));
        JsonNode batch = json.path("batchId");
        return new Entry(json.path("journal").asText(), json.path("endpoint").asText(), json.path("model").asText(),
                json.path("inputFileId").asText(), batch.isTextual() ? batch.asText() : null,
                Instant.parse(json.path("createdAt").asText()), keys);
    }
}
