package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the answer cache holds, for {@code lingo cache info}: read in one query, so the totals
 * agree with the per-model counts even while another process writes.
 *
 * @param file        the SQLite file
 * @param bytesOnDisk the file with its write-ahead log and shared-memory index
 * @param models      answers per provider and model, most answers first
 */
public record CacheInfo(Path file, long bytesOnDisk, List<ModelAnswers> models) {

    /**
     * The answers of one provider's model, when the first and the last was stored, and the tokens
     * their calls used (what asking them all again would take).
     */
    public record ModelAnswers(String provider, String model, long answers, Instant oldest, Instant newest, Usage usage) {
    }

    public CacheInfo {
        models = List.copyOf(models);
    }

    public long answers() {
        return models.stream().mapToLong(ModelAnswers::answers).sum();
    }

    /** When the oldest answer was stored; null when there is none. */
    public Instant oldest() {
        return models.stream().map(ModelAnswers::oldest).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    /** When the newest answer was stored; null when there is none. */
    public Instant newest() {
        return models.stream().map(ModelAnswers::newest).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
    }
}
