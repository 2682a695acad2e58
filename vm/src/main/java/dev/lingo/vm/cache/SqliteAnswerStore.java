package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * The persistent half of the cache: one SQLite file, one row per answer. Reads use a few
 * connections of their own (WAL lets them read side by side, and a warm rerun looks up every
 * answer at once) so a lookup never waits for a commit's disk sync; writes go through one
 * connection, grouped ({@link GroupCommit}), and each {@link #put} is durable when it returns.
 * Thread-safe.
 */
final class SqliteAnswerStore implements AutoCloseable {

    /** The stored fields of an answer, in the order {@link #answerAt} reads them. */
    static final String FIELDS = "provider, model, answer, input_tokens, output_tokens, cached_input_tokens,"
            + " cache_write_tokens, created_at, prompt";
    private static final String PER_MODEL = "SELECT provider, model, count(*), min(created_at), max(created_at),"
            + " sum(input_tokens), sum(output_tokens), sum(cached_input_tokens), sum(cache_write_tokens)"
            + " FROM answers GROUP BY provider, model ORDER BY count(*) DESC, provider, model";
    private static final String UPSERT = "INSERT OR REPLACE INTO answers (hash, " + FIELDS + ", checksum)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** A row as read: {@code intact} is false when its checksum is missing or does not match. */
    record Stored(CachedAnswer answer, boolean intact) {
    }

    /** Enough readers to keep every core busy; each holds a file handle and a page cache. */
    private static final int MAX_READERS = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 8);

    private final Path file;
    private final Duration lockTimeout;
    /** False when the file could only be opened for reading (a read-only folder, file or file system). */
    private final boolean writable;
    /** False for a format-1 file opened read-only: its rows have no checksum to check. */
    private final boolean checksummed;
    private final String select;
    private final Connection writer;
    private final GroupCommit<Map.Entry<String, CachedAnswer>> commits;
    private final Semaphore readerSlots = new Semaphore(MAX_READERS);
    private final Queue<Reader> idleReaders = new ConcurrentLinkedQueue<>();
    private boolean closed; // guarded by all of readerSlots

    /** A reading connection with its lookup prepared once: preparing costs as much as the read. */
    private record Reader(Connection connection, PreparedStatement select) {
        static Reader open(SqliteAnswerStore store) throws SQLException {
            Connection c = store.writable ? SqliteOpener.open(store.file, store.lockTimeout)
                    : SqliteOpener.openReadOnly(store.file, store.lockTimeout);
            try {
                return new Reader(c, c.prepareStatement(store.select));
            } catch (SQLException e) {
                closeQuietly(c);
                throw e;
            }
        }

        void close() {
            closeQuietly(connection); // closes the statement with it
        }
    }

    private SqliteAnswerStore(Path file, Duration lockTimeout, Connection writer, boolean writable, int format) throws SQLException {
        this.file = file;
        this.lockTimeout = lockTimeout;
        this.writer = writer;
        this.writable = writable;
        this.checksummed = format >= SqliteOpener.FORMAT;
        this.select = "SELECT " + FIELDS + ", " + (checksummed ? "checksum" : "NULL") + " FROM answers WHERE hash = ?";
        this.commits = new GroupCommit<>(this::writeBatch);
        idleReaders.add(Reader.open(this));
    }

    /**
     * Opens the file for reading and writing, creating it if needed; an existing file that cannot
     * be written (read-only folder, file or file system) is opened for reading only.
     */
    static SqliteAnswerStore open(Path file, Duration lockTimeout) {
        if (Files.isRegularFile(file) && !Files.isWritable(file)) {
            // SQLite would open it for reading without a word, and fail at the first answer stored
            return openReadOnly(file, lockTimeout, new SQLException("the file is not writable", null, SqliteErrors.SQLITE_READONLY));
        }
        Connection writer = null;
        try {
            writer = SqliteOpener.open(file, lockTimeout);
            SqliteOpener.prepare(writer, file);
            return new SqliteAnswerStore(file, lockTimeout, writer, true, SqliteOpener.FORMAT);
        } catch (RuntimeException e) { // e.g. a newer format: the file stays closed for the run going on without it
            closeQuietly(writer);
            throw e;
        } catch (SQLException e) {
            closeQuietly(writer);
            if (cannotWrite(e) && Files.isRegularFile(file)) {
                return openReadOnly(file, lockTimeout, e);
            }
            throw SqliteErrors.translate(e, file, "open", lockTimeout.toMillis());
        }
    }

    private static boolean cannotWrite(SQLException e) {
        int code = SqliteErrors.primaryCode(e);
        return code == SqliteErrors.SQLITE_READONLY || code == SqliteErrors.SQLITE_PERM || code == SqliteErrors.SQLITE_CANTOPEN;
    }

    private static SqliteAnswerStore openReadOnly(Path file, Duration lockTimeout, SQLException whyNotWritable) {
        Connection reader = null;
        try {
            reader = SqliteOpener.openReadOnly(file, lockTimeout);
            int format;
            try (Statement s = reader.createStatement()) {
                format = SqliteOpener.checkFormat(SqliteOpener.userVersion(s), file);
            }
            if (format < SqliteOpener.FORMAT_WITHOUT_CHECKSUM) {
                throw new SQLException("not an answer cache (no answers table)", null, SqliteErrors.SQLITE_CANTOPEN);
            }
            return new SqliteAnswerStore(file, lockTimeout, reader, false, format);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        } catch (SQLException e) {
            closeQuietly(reader);
            e.addSuppressed(whyNotWritable);
            throw SqliteErrors.translate(e, file, "open", lockTimeout.toMillis());
        }
    }

    /** Whether new answers can be stored; false for a file that could only be opened for reading. */
    boolean writable() {
        return writable;
    }

    /** The stored answer and whether its checksum matches, or null. */
    Stored get(String hash) {
        readerSlots.acquireUninterruptibly();
        Reader reader = null;
        try {
            if (closed) {
                throw new SQLException("the answer cache is closed");
            }
            reader = idleReaders.poll();
            if (reader == null) {
                reader = Reader.open(this);
            }
            Stored answer = read(reader.select(), hash);
            idleReaders.add(reader);
            return answer;
        } catch (SQLException e) {
            if (reader != null) {
                reader.close(); // not reused: the failure may have left it unusable
            }
            throw SqliteErrors.translate(e, file, "read", lockTimeout.toMillis());
        } finally {
            readerSlots.release();
        }
    }

    private Stored read(PreparedStatement select, String hash) throws SQLException {
        select.setString(1, hash);
        try (ResultSet r = select.executeQuery()) {
            if (!r.next()) {
                return null;
            }
            CachedAnswer answer = answerAt(r, 1);
            return new Stored(answer, !checksummed || AnswerChecksum.matches(r.getString(10), hash, answer));
        }
    }

    /** The answer in the columns {@link #FIELDS} from {@code first} on. */
    static CachedAnswer answerAt(ResultSet r, int first) throws SQLException {
        Usage usage = new Usage(r.getLong(first + 3), r.getLong(first + 4), r.getLong(first + 5), r.getLong(first + 6));
        return new CachedAnswer(r.getString(first), r.getString(first + 1), r.getString(first + 2), usage,
                Instant.ofEpochMilli(r.getLong(first + 7)), r.getString(first + 8));
    }

    /** Stores (or replaces) an answer; on return it is on disk. */
    void put(String hash, CachedAnswer answer) {
        commits.submit(Map.entry(hash, answer));
    }

    private void writeBatch(List<Map.Entry<String, CachedAnswer>> batch) {
        synchronized (writer) {
            writeBatchLocked(batch);
        }
    }

    private void writeBatchLocked(List<Map.Entry<String, CachedAnswer>> batch) {
        try (Statement s = writer.createStatement(); PreparedStatement p = writer.prepareStatement(UPSERT)) {
            s.execute("BEGIN IMMEDIATE");
            try {
                for (Map.Entry<String, CachedAnswer> e : batch) {
                    bind(p, e.getKey(), e.getValue());
                    p.executeUpdate();
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                SqliteOpener.rollback(s);
                throw e;
            }
        } catch (SQLException e) {
            throw SqliteErrors.translate(e, file, "store an answer in", lockTimeout.toMillis());
        }
    }

    private static void bind(PreparedStatement p, String hash, CachedAnswer a) throws SQLException {
        p.setString(1, hash);
        p.setString(2, a.provider());
        p.setString(3, a.model());
        p.setString(4, a.answer());
        p.setLong(5, a.usage().inputTokens());
        p.setLong(6, a.usage().outputTokens());
        p.setLong(7, a.usage().cachedInputTokens());
        p.setLong(8, a.usage().cacheWriteTokens());
        p.setLong(9, a.createdAt().toEpochMilli());
        p.setString(10, a.prompt());
        p.setString(11, AnswerChecksum.of(hash, a));
    }

    long size() {
        return execute("SELECT count(*) FROM answers", "count the answers in");
    }

    /** Removes every answer; returns how many. */
    long clear() {
        return execute("DELETE FROM answers", "clear");
    }

    /** Removes answers stored before {@code cutoff}; returns how many. */
    long removeOlderThan(Instant cutoff) {
        return execute("DELETE FROM answers WHERE created_at < " + cutoff.toEpochMilli(), "prune");
    }

    /** Answers per provider and model, and the size of the files, for people looking at the cache. */
    CacheInfo info() {
        synchronized (writer) {
            List<CacheInfo.ModelAnswers> models = new ArrayList<>();
            try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery(PER_MODEL)) {
                while (r.next()) {
                    models.add(new CacheInfo.ModelAnswers(r.getString(1), r.getString(2), r.getLong(3),
                            Instant.ofEpochMilli(r.getLong(4)), Instant.ofEpochMilli(r.getLong(5)),
                            new Usage(r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(9))));
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file, "read", lockTimeout.toMillis());
            }
            return new CacheInfo(file, bytesOnDisk(), models);
        }
    }

    /** The database with its write-ahead log and shared-memory index: what deleting the cache would free. */
    private long bytesOnDisk() {
        long bytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                bytes += Files.size(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException absent) {
                // SQLite removes the log and index when the last connection closes
            }
        }
        return bytes;
    }

    private long execute(String sql, String doing) {
        synchronized (writer) {
            try (Statement s = writer.createStatement()) {
                if (s.execute(sql)) {
                    try (ResultSet r = s.getResultSet()) {
                        return r.next() ? r.getLong(1) : 0;
                    }
                }
                return s.getUpdateCount();
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file, doing, lockTimeout.toMillis());
            }
        }
    }

    /** SQLite's integrity check, then every answer read and its checksum recomputed. */
    CacheCheck verify() {
        synchronized (writer) {
            List<String> integrity = new ArrayList<>();
            try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                while (r.next()) {
                    integrity.add(r.getString(1));
                }
            } catch (SQLException e) {
                throw SqliteErrors.translate(e, file, "check", lockTimeout.toMillis());
            }
            long answers = 0;
            List<String> mismatched = new ArrayList<>();
            String everyRow = "SELECT hash, " + FIELDS + ", " + (checksummed ? "checksum" : "NULL") + " FROM answers";
            try (Statement s = writer.createStatement(); ResultSet r = s.executeQuery(everyRow)) {
                while (r.next()) {
                    answers++;
                    String hash = r.getString(1);
                    if (checksummed && !AnswerChecksum.matches(r.getString(11), hash, answerAt(r, 2))) {
                        mismatched.add(hash);
                    }
                }
            } catch (SQLException e) {
                return new CacheCheck(file, integrity, answers, mismatched, checksummed ? 0 : answers, e.getMessage());
            }
            return new CacheCheck(file, integrity, answers, mismatched, checksummed ? 0 : answers, null);
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        readerSlots.acquireUninterruptibly(MAX_READERS); // waits for reads under way
        try {
            if (!closed) {
                closed = true;
                for (Reader r; (r = idleReaders.poll()) != null; ) {
                    r.close();
                }
            }
        } finally {
            readerSlots.release(MAX_READERS);
        }
        synchronized (writer) {
            closeQuietly(writer);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // every write was committed when it returned; closing only releases handles
            }
        }
    }
}
