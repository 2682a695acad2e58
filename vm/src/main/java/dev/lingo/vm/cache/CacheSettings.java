package dev.lingo.vm.cache;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How one run uses the answer cache.
 *
 * @param directory     where {@value #FILE_NAME} lives (see {@link CacheLocation})
 * @param ttl           answers older than this are not used (and are replaced when asked again); null: no limit
 * @param cacheSampled  also cache sampled calls (temperature above 0, no seed), whose answers are meant to vary
 * @param memoryEntries size of the bounded in-memory front in front of the store
 * @param lockTimeout   how long to wait while another process writes, before failing with a clear error
 */
public record CacheSettings(Path directory, CacheMode mode, Duration ttl, boolean cacheSampled,
                            int memoryEntries, Duration lockTimeout) {

    public static final String FILE_NAME = "answers.db";
    public static final int DEFAULT_MEMORY_ENTRIES = 4096;
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);

    public CacheSettings {
        Objects.requireNonNull(mode, "mode");
        if (mode != CacheMode.NO_CACHE) {
            Objects.requireNonNull(directory, "directory");
        }
        if (ttl != null && (ttl.isNegative() || ttl.isZero())) {
            throw new IllegalArgumentException("a cache TTL must be positive, not " + ttl);
        }
        if (memoryEntries < 0) {
            throw new IllegalArgumentException("memoryEntries cannot be negative: " + memoryEntries);
        }
        Objects.requireNonNull(lockTimeout, "lockTimeout");
    }

    /** Defaults: normal mode, no TTL, sampled calls not cached. */
    public static CacheSettings in(Path directory) {
        return new CacheSettings(directory, CacheMode.NORMAL, null, false, DEFAULT_MEMORY_ENTRIES, DEFAULT_LOCK_TIMEOUT);
    }

    /**
     * The run's settings from its environment: the location ({@link CacheLocation}) and
     * {@code LINGO_CACHE_TTL} ({@code 7d}, {@code 12h}, {@code 30m}, {@code 90s} or ISO-8601 such as {@code PT2H}).
     */
    public static CacheSettings fromEnvironment(Map<String, String> env, Path workingDirectory) {
        CacheSettings s = in(CacheLocation.resolve(env, workingDirectory));
        String ttl = env.get("LINGO_CACHE_TTL");
        return ttl == null || ttl.isBlank() ? s : s.withTtl(parseDuration(ttl));
    }

    public CacheSettings withDirectory(Path newDirectory) {
        return new CacheSettings(newDirectory, mode, ttl, cacheSampled, memoryEntries, lockTimeout);
    }

    public Path file() {
        return directory.resolve(FILE_NAME);
    }

    public CacheSettings withMode(CacheMode newMode) {
        return new CacheSettings(directory, newMode, ttl, cacheSampled, memoryEntries, lockTimeout);
    }

    public CacheSettings withTtl(Duration newTtl) {
        return new CacheSettings(directory, mode, newTtl, cacheSampled, memoryEntries, lockTimeout);
    }

    public CacheSettings withCacheSampled(boolean sampled) {
        return new CacheSettings(directory, mode, ttl, sampled, memoryEntries, lockTimeout);
    }

    public CacheSettings withMemoryEntries(int entries) {
        return new CacheSettings(directory, mode, ttl, cacheSampled, entries, lockTimeout);
    }

    public CacheSettings withLockTimeout(Duration timeout) {
        return new CacheSettings(directory, mode, ttl, cacheSampled, memoryEntries, timeout);
    }

    /** {@code 7d}, {@code 12h}, {@code 30m}, {@code 90s}, or ISO-8601 ({@code PT2H}). */
    public static Duration parseDuration(String text) {
        String t = text.strip();
        try {
            if (t.startsWith("P") || t.startsWith("p")) {
                return Duration.parse(t);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            return switch (t.charAt(t.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> throw new NumberFormatException();
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration: write e.g. 7d, 12h, 30m, 90s or PT2H");
        }
    }
}
