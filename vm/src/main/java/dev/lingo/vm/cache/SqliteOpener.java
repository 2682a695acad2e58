package dev.lingo.vm.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.sqlite.SQLiteConfig;

/**
 * Opens the cache's SQLite file the one way that is safe for several threads and processes:
 * write-ahead log (readers never wait for a writer), a full sync at every commit (a finished
 * write survives kill -9 and power loss), and a busy timeout (a second process waits its turn).
 */
final class SqliteOpener {

    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;

    /** The format of the {@code answers} table; a newer file is refused rather than misread. */
    static final int FORMAT = 1;

    private static final String CREATE = """
            CREATE TABLE IF NOT EXISTS answers (
              hash TEXT PRIMARY KEY,
              provider TEXT NOT NULL,
              model TEXT NOT NULL,
              answer TEXT NOT NULL,
              input_tokens INTEGER NOT NULL,
              output_tokens INTEGER NOT NULL,
              cached_input_tokens INTEGER NOT NULL,
              cache_write_tokens INTEGER NOT NULL,
              created_at INTEGER NOT NULL,
              prompt TEXT NOT NULL
            ) WITHOUT ROWID""";

    static {
        QuietSqliteLogging.apply();
    }

    private SqliteOpener() {
    }

    static Connection open(Path file, Duration lockTimeout) throws SQLException {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CacheException("Cannot create the answer cache folder " + file.getParent() + ": " + e
                    + ". Set LINGO_CACHE_DIR to a writable folder, or run with --no-cache.", e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, lockTimeout.toMillis()));
        Connection c;
        try {
            c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (LinkageError e) {
            throw new CacheException("SQLite's native library cannot be loaded on this platform (" + e.getMessage()
                    + "), so answers cannot be cached: run with --no-cache.", e);
        }
        try (Statement s = c.createStatement()) {
            useWriteAheadLog(s, lockTimeout);
            s.execute("PRAGMA synchronous=FULL");
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Switches the file to WAL, waiting for the lock up to {@code lockTimeout}: SQLite's busy timeout
     * does not cover a change of journal mode, so two processes opening a new cache at once would
     * otherwise see SQLITE_BUSY at once. (On a file already in WAL mode this is a quick no-op.)
     */
    private static void useWriteAheadLog(Statement s, Duration lockTimeout) throws SQLException {
        long deadline = System.nanoTime() + lockTimeout.toNanos();
        for (long pauseMs = 2; ; pauseMs = Math.min(2 * pauseMs, 100)) {
            try {
                s.execute("PRAGMA journal_mode=WAL");
                return;
            } catch (SQLException e) {
                int code = SqliteErrors.primaryCode(e);
                if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
            }
            try {
                Thread.sleep(pauseMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted while waiting for the answer cache's lock", e);
            }
        }
    }

    /** Creates the table in a new file; refuses a file of a newer format. */
    static void prepare(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (userVersion(s) == FORMAT) {
                return; // made before: the table and the version are written in one transaction
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                int version = userVersion(s);
                if (version > FORMAT) {
                    throw new CacheException("The answer cache " + file + " was written by a newer Lingo (format " + version
                            + "). Use that version, delete the folder " + file.getParent() + ", or run with --no-cache.", null);
                }
                s.execute(CREATE);
                if (version < FORMAT) {
                    s.execute("PRAGMA user_version=" + FORMAT);
                }
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                rollback(s);
                throw e;
            }
        }
    }

    static void rollback(Statement s) {
        try {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // nothing was begun, or the connection is gone: either way nothing is left half-written
        }
    }

    private static int userVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
