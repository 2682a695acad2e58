package dev.lingo.vm.cache;

import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.SecretRedactor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * The answer cache of the model machine: a bounded in-memory front (Caffeine: it keeps what is used
 * often and lately) before a SQLite file
 * ({@link SqliteAnswerStore}). Follows the run's {@link CacheMode}; leaves sampled requests alone
 * unless asked to cache them; ignores answers older than the TTL. Only answers are stored, never
 * failures. Each hit carries what it would have cost. Thread-safe, and safe to share the file
 * with other processes. Keys are scrubbed from what it stores ({@link SecretRedactor}).
 *
 * <p>A run never fails because of its cache: a file that cannot be opened, read or written is
 * reported once as a warning and the run goes on with less of it (see {@link #open(CacheSettings,
 * PriceTable, SecretRedactor, Consumer)}). An answer whose checksum does not match is a miss, never a value.
 */
public final class AnswerCache implements AutoCloseable {

    private final CacheSettings settings;
    private final PriceTable prices;
    private final SqliteAnswerStore store;
    private final AnswerMemory memory;
    private final SecretRedactor secrets;
    private final CacheWarnings warnings;
    // a failure turns the disk off for the rest of the run, so it is reported once and not waited for again
    private volatile boolean readsDisk;
    private volatile boolean writesDisk;
    // adders, not a lock: every worker of a warm rerun counts a hit at once
    private final LongAdder hits = new LongAdder();
    private final LongAdder memoryHits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder stores = new LongAdder();
    private final DoubleAdder savedCost = new DoubleAdder();
    private final LongAdder unpricedHits = new LongAdder();

    private AnswerCache(CacheSettings settings, PriceTable prices, SqliteAnswerStore store, SecretRedactor secrets,
            CacheWarnings warnings) {
        this.secrets = secrets;
        this.settings = settings;
        this.prices = prices;
        this.store = store;
        this.memory = new AnswerMemory(settings.memoryEntries());
        this.warnings = warnings;
        this.readsDisk = store != null;
        this.writesDisk = store != null && store.writable();
    }

    /**
     * Opens (creating if needed) the cache file, for {@code lingo cache}: a file that cannot be
     * opened throws a {@link CacheException}; one that can only be read is opened for reading.
     * In {@link CacheMode#NO_CACHE} touches nothing on disk. Lookups and stores behave as in a run,
     * without the warnings; {@link #info}, {@link #clear} and the pruning methods throw.
     */
    public static AnswerCache open(CacheSettings settings, PriceTable prices) {
        return open(settings, prices, SecretRedactor.none());
    }

    /** The same, scrubbing {@code secrets} from every answer and prompt excerpt it stores. */
    public static AnswerCache open(CacheSettings settings, PriceTable prices, SecretRedactor secrets) {
        if (settings.mode() == CacheMode.NO_CACHE) {
            return new AnswerCache(settings, prices, null, secrets, new CacheWarnings(w -> { }));
        }
        return new AnswerCache(settings, prices, SqliteAnswerStore.open(settings.file(), settings.lockTimeout()), secrets,
                new CacheWarnings(w -> { }));
    }

    /** {@link #open(CacheSettings, PriceTable, SecretRedactor, Consumer)} with no keys to scrub. */
    public static AnswerCache open(CacheSettings settings, PriceTable prices, Consumer<String> warnings) {
        return open(settings, prices, SecretRedactor.none(), warnings);
    }

    /**
     * Opens the cache for a run, which goes on whatever the file's state: one that cannot be opened
     * (damaged, locked, from a newer Lingo, a folder where the file should be) is left alone and
     * the run has only the in-memory front; one that can only be read is read, and new answers are
     * not stored. Each such case, and later failures to read or write, is one line on {@code warnings}.
     */
    public static AnswerCache open(CacheSettings settings, PriceTable prices, SecretRedactor secrets,
            Consumer<String> warnings) {
        CacheWarnings once = new CacheWarnings(warnings);
        if (settings.mode() == CacheMode.NO_CACHE) {
            return new AnswerCache(settings, prices, null, secrets, once);
        }
        SqliteAnswerStore store;
        try {
            store = SqliteAnswerStore.open(settings.file(), settings.lockTimeout());
        } catch (CacheException e) {
            once.once("open", e.getMessage() + " This run goes on without the cache.");
            return new AnswerCache(settings, prices, null, secrets, once);
        }
        if (!store.writable() && settings.mode().writes()) {
            once.once("read-only", "The answer cache " + settings.file() + " is read-only: its answers are used, new ones"
                    + " are not stored. Make the file and its folder writable, or set LINGO_CACHE_DIR to another folder, to store them.");
        }
        return new AnswerCache(settings, prices, store, secrets, once);
    }

    /** A cache that neither reads nor writes ({@code --no-cache}). */
    public static AnswerCache disabled() {
        return open(new CacheSettings(null, CacheMode.NO_CACHE, null, false, 0, CacheSettings.DEFAULT_LOCK_TIMEOUT),
                PriceTable.empty());
    }

    public CacheSettings settings() {
        return settings;
    }

    /** Whether {@link #lookup} may answer this request. */
    public boolean reads(CacheKey key) {
        return settings.mode().reads() && (!key.sampled() || settings.cacheSampled());
    }

    /** Whether {@link #store} keeps this request's answer. */
    public boolean writes(CacheKey key) {
        return settings.mode().writes() && (!key.sampled() || settings.cacheSampled());
    }

    /** The stored answer, when the mode allows reading, one exists and it is younger than the TTL. */
    public Optional<CacheHit> lookup(CacheKey key) {
        return find(key, false);
    }

    /** {@link #lookup} without the disk: empty, and not counted as a miss, unless memory holds the answer. */
    public Optional<CacheHit> lookupInMemory(CacheKey key) {
        return find(key, true);
    }

    private Optional<CacheHit> find(CacheKey key, boolean memoryOnly) {
        if (!reads(key)) {
            return Optional.empty();
        }
        CachedAnswer answer = memory.get(key.hash());
        boolean fromMemory = answer != null;
        if (answer == null && !memoryOnly) {
            answer = fromDisk(key.hash());
            if (answer != null) {
                memory.put(key.hash(), answer);
            }
        }
        if (answer == null || expired(answer)) {
            if (!memoryOnly) {
                count(null); // not in memory alone is no miss yet: the disk is asked next
            }
            return Optional.empty();
        }
        CacheHit hit = new CacheHit(answer, prices.cost(answer.provider(), answer.model(), answer.usage()), fromMemory);
        count(hit);
        return Optional.of(hit);
    }

    /** The answer on disk, if it can be read and its checksum matches; a failure or a mismatch is a warning and a miss. */
    private CachedAnswer fromDisk(String hash) {
        if (!readsDisk) {
            return null;
        }
        SqliteAnswerStore.Stored stored;
        try {
            stored = store.get(hash);
        } catch (CacheException e) {
            readsDisk = false;
            writesDisk = false;
            warnings.once("read", e.getMessage() + " This run goes on without the cache.");
            return null;
        }
        if (stored == null) {
            return null;
        }
        if (!stored.intact()) {
            warnings.once("checksum", "An answer in the answer cache " + settings.file() + " does not match its checksum"
                    + " (changed outside Lingo, or damaged): it is not used but asked again, and replaced if the cache is"
                    + " writable. Other such answers in this run are treated alike without a word.");
            return null;
        }
        return stored.answer();
    }

    /**
     * Keeps a successful call's answer, if the mode and the sampling rule allow: durable on disk
     * when it returns true. A disk that cannot take it is a warning, and the answer is kept in memory.
     */
    public boolean store(CacheKey key, CachedAnswer answer) {
        if (!writes(key)) {
            return false;
        }
        CachedAnswer safe = answer.redacted(secrets::redact); // memory too: a hit reads the same either way
        memory.put(key.hash(), safe);
        if (!writesDisk) {
            return false;
        }
        try {
            store.put(key.hash(), safe);
        } catch (CacheException e) {
            writesDisk = false;
            warnings.once("write", e.getMessage() + " This run goes on; its new answers are not stored.");
            return false;
        }
        stores.increment();
        return true;
    }

    /** A hit the caller could not use (its text no longer fits the type): counted as a miss, dropped from memory. */
    public void discard(CacheKey key, CacheHit hit) {
        memory.remove(key.hash());
        hits.decrement();
        if (hit.fromMemory()) {
            memoryHits.decrement();
        }
        if (hit.cost() == null) {
            unpricedHits.decrement();
        } else {
            savedCost.add(-hit.cost());
        }
        misses.increment();
    }

    private boolean expired(CachedAnswer answer) {
        return settings.ttl() != null && answer.createdAt().plus(settings.ttl()).isBefore(Instant.now());
    }

    private void count(CacheHit hit) {
        if (hit == null) {
            misses.increment();
            return;
        }
        hits.increment();
        if (hit.fromMemory()) {
            memoryHits.increment();
        }
        if (hit.cost() == null) {
            unpricedHits.increment();
        } else {
            savedCost.add(hit.cost());
        }
    }

    /** The counts so far; taken while lookups go on, they may be a moment apart from each other. */
    public CacheStats stats() {
        return new CacheStats(hits.sum(), memoryHits.sum(), misses.sum(), stores.sum(), savedCost.sum(), unpricedHits.sum());
    }

    /** Answers on disk (0 when the cache is off). */
    public long size() {
        return store == null ? 0 : store.size();
    }

    /** What is on disk, per provider and model; empty when the cache is off. */
    public CacheInfo info() {
        return store == null ? new CacheInfo(null, 0, List.of()) : store.info();
    }

    /** SQLite's integrity check and every answer's checksum; null when the cache is off. */
    public CacheCheck verify() {
        return store == null ? null : store.verify();
    }

    /** Deletes the answers older than the TTL from disk; returns how many (0 without a TTL). */
    public long prune() {
        if (store == null || settings.ttl() == null) {
            return 0;
        }
        return store.removeOlderThan(Instant.now().minus(settings.ttl()));
    }

    /** Deletes the answers stored before {@code cutoff}, on disk and in memory; returns how many were on disk. */
    public long removeOlderThan(Instant cutoff) {
        memory.clear(); // rarely done and the memory refills: simpler than sorting out the old ones
        return store == null ? 0 : store.removeOlderThan(cutoff);
    }

    /** Forgets every answer, on disk and in memory; returns how many were on disk. */
    public long clear() {
        memory.clear();
        return store == null ? 0 : store.clear();
    }

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
