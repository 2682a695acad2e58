package dev.lingo.vm.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Opens the cache's SQLite file the one way that is safe for several threads and processes:
 * write-ahead log (readers never wait for a writer), a full sync at every commit (a finished
 * write survives kill -9 and power loss), and a busy timeout (a second process waits its turn).
 */
final class SqliteOpener {

    /**
     * The format of the {@code answers} table; a newer file is refused rather than misread. 2 added
     * {@code checksum} ({@link AnswerChecksum}); a format-1 file gets it when first opened for writing.
     */
    static final int FORMAT = 2;
    static final int FORMAT_WITHOUT_CHECKSUM = 1;

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
              prompt TEXT NOT NULL,
              checksum TEXT
            ) WITHOUT ROWID""";

    static {
        QuietSqliteLogging.apply();
    }

    private SqliteOpener() {
    }

    static Connection open(Path file, Duration lockTimeout) throws SQLException {
        checkShape(file);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new CacheException("Cannot create the answer cache folder " + file.getParent() + ": " + e
                    + ". Set LINGO_CACHE_DIR to a writable folder, or run with --no-cache.", e);
        }
        Connection c = connect(file, "jdbc:sqlite:" + file.toAbsolutePath(), lockTimeout);
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
     * Opens an existing cache file for reading only (a read-only folder, file or file system): as
     * SQLite's read-only mode, else as immutable, since a WAL file whose {@code -shm} index cannot
     * be made opens no other way. Immutable is safe here: no process can write where this one cannot.
     */
    static Connection openReadOnly(Path file, Duration lockTimeout) throws SQLException {
        String uri = "jdbc:sqlite:file:" + uriPath(file) + "?mode=ro";
        try {
            return checked(connect(file, uri, lockTimeout));
        } catch (SQLException e) {
            int code = SqliteErrors.primaryCode(e); // CANTOPEN on a read-only file system, READONLY in a read-only folder
            if (code != SqliteErrors.SQLITE_CANTOPEN && code != SqliteErrors.SQLITE_READONLY) {
                throw e;
            }
            return checked(connect(file, uri + "&immutable=1", lockTimeout));
        }
    }

    /** A connection that has read the file's header: SQLite opens lazily, so a bad file would fail later. */
    private static Connection checked(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            userVersion(s);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    private static Connection connect(Path file, String url, Duration lockTimeout) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) Math.min(Integer.MAX_VALUE, lockTimeout.toMillis()));
        try {
            return config.createConnection(url);
        } catch (LinkageError e) {
            throw new CacheException("SQLite's native library cannot be loaded on this platform (" + e.getMessage()
                    + "), so answers cannot be cached: run with --no-cache.", e);
        }
    }

    /** SQLite's URI form of a path: {@code %}, {@code ?} and {@code #} would otherwise end or change it. */
    private static String uriPath(Path file) {
        return file.toAbsolutePath().toString().replace("%", "%25").replace("?", "%3f").replace("#", "%23");
    }

    /** A folder where the file should be, or a file where the folder should be: said plainly, before SQLite says less. */
    private static void checkShape(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new CacheException("The answer cache folder " + folder + " cannot be made: " + p
                        + " is a file, not a folder. Move that file away, set LINGO_CACHE_DIR to another folder, or run with --no-cache.", null);
            }
        }
        if (Files.isDirectory(file)) {
            throw new CacheException("The answer cache " + file + " is a folder, not a file. Move it away, set LINGO_CACHE_DIR to"
                    + " another folder, or run with --no-cache.", null);
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
                if ((code != SqliteErrors.SQLITE_BUSY && code != SqliteErrors.SQLITE_LOCKED) || System.nanoTime() - deadline > 0) {
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

    /** Creates the table in a new file, adds checksums to a format-1 file; refuses a file of a newer format. */
    static void prepare(Connection c, Path file) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (userVersion(s) == FORMAT) {
                return; // made before: the table and the version are written in one transaction
            }
            s.execute("BEGIN IMMEDIATE");
            try {
                int version = checkFormat(userVersion(s), file);
                if (version == FORMAT_WITHOUT_CHECKSUM) {
                    addChecksums(c, s);
                } else {
                    s.execute(CREATE);
                }
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

    /** The file's format, if this Lingo can read it. */
    static int checkFormat(int version, Path file) {
        if (version > FORMAT) {
            throw new CacheException("The answer cache " + file + " was written by a newer Lingo (format " + version
                    + "). Use that version, " + SqliteErrors.moveAway(file) + " to start a new one here, or run with --no-cache.", null);
        }
        return version;
    }

    /**
     * Format 1 to 2: the answers stored so far get the checksum of what they hold now. They were
     * trusted without one before, and asking again would cost money; from here on edits show.
     */
    private static void addChecksums(Connection c, Statement s) throws SQLException {
        s.execute("ALTER TABLE answers ADD COLUMN checksum TEXT");
        Map<String, String> checksums = new LinkedHashMap<>(); // read first: updating rows under an open cursor may skip some
        try (ResultSet r = s.executeQuery("SELECT hash, " + SqliteAnswerStore.FIELDS + " FROM answers")) {
            while (r.next()) {
                checksums.put(r.getString(1), AnswerChecksum.of(r.getString(1), SqliteAnswerStore.answerAt(r, 2)));
            }
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE answers SET checksum = ? WHERE hash = ?")) {
            for (Map.Entry<String, String> e : checksums.entrySet()) {
                update.setString(1, e.getValue());
                update.setString(2, e.getKey());
                update.executeUpdate();
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

    static int userVersion(Statement s) throws SQLException {
        try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
