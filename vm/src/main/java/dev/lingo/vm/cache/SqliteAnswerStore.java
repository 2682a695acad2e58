package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The persistent half of the cache: one SQLite file, one row per answer. Reads and writes use two
 * connections so a lookup never waits for a commit's disk sync; writes are grouped
 * ({@link GroupCommit}) and each {@link #put} is durable when it returns. Thread-safe.
 */
final class SqliteAnswerStore implements AutoCloseable {

    private static final String SELECT = "SELECT provider, model, answer, input_tokens, output_tokens, cached_input_tokens,"
            + " cache_write_tokens, created_at, prompt FROM answers WHERE hash = ?";
    private static final String UPSERT = "INSERT OR REPLACE INTO answers (hash, provider, model, answer, input_tokens,"
            + " output_tokens, cached_input_tokens, cache_write_tokens, created_at, prompt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Path file;
    private final long lockTimeoutMillis;
    private final Connection reader;
    /** Prepared once: a warm rerun looks up every answer, and preparing costs as much as the read. */
    private PreparedStatement select;
    private final Connection writer;
    private final GroupCommit<Map.Entry<String, CachedAnswer>> commits;

    private SqliteAnswerStore(Path file, Duration lockTimeout, Connection reader, Connection writer) {
        this.file = file;
        this.lockTimeoutMillis = lockTimeout.toMillis();
        this.reader = reader;
        this.writer = writer;
        this.commits = new GroupCommit<>(this::writeBatch);
    }

    static SqliteAnswerStore open(Path file, Duration lockTimeout) {
        Connection writer = null;
        try {
            writer = SqliteOpener.open(file, lockTimeout);
            SqliteOpener.prepare(writer, file);
            Connection reader = SqliteOpener.open(file, lockTimeout);
            return new SqliteAnswerStore(file, lockTimeout, reader, writer);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw SqliteErrors.translate(e, file, "open", lockTimeout.toMillis());
        }
    }

    /** The stored answer, or null. */
    CachedAnswer get(String hash) {
        synchronized (reader) {
            try {
                if (select == null) {
                    select = reader.prepareStatement(SELECT);
                }
                PreparedStatement q = select;
                q.setString(1, hash);
                try (ResultSet r = q.executeQuery()) {
                    if (!r.next()) {
                        return null;
                    }
                    Usage usage = new Usage(r.getLong(4), r.getLong(5), r.getLong(6), r.getLong(7));
                    return new CachedAnswer(r.getString(1), r.getString(2), r.getString(3), usage,
                            Instant.ofEpochMilli(r.getLong(8)), r.getString(9));
                }
            } catch (SQLException e) {
                select = null; // prepared again on the next read, in case the failure left it unusable
                throw SqliteErrors.translate(e, file, "read", lockTimeoutMillis);
            }
        }
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
            throw SqliteErrors.translate(e, file, "store an answer in", lockTimeoutMillis);
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
                throw SqliteErrors.translate(e, file, doing, lockTimeoutMillis);
            }
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        synchronized (reader) {
            if (select != null) {
                try {
                    select.close();
                } catch (SQLException e) {
                    // closing the connection below releases it anyway
                }
            }
            closeQuietly(reader);
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
