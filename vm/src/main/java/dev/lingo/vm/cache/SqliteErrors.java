package dev.lingo.vm.cache;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into {@link CacheException}s that say what happened and what to do. */
final class SqliteErrors {

    static final int SQLITE_PERM = 3;
    static final int SQLITE_BUSY = 5;
    static final int SQLITE_LOCKED = 6;
    static final int SQLITE_READONLY = 8;
    static final int SQLITE_FULL = 13;
    static final int SQLITE_CANTOPEN = 14;

    private static final String NO_CACHE = "run with --no-cache";
    /** The folder may also hold downloaded models and batch jobs: never advise deleting it. */
    private static final String ELSEWHERE = "set LINGO_CACHE_DIR to another folder";

    private SqliteErrors() {
    }

    /** @param doing what failed, e.g. {@code "store an answer in"} */
    static CacheException translate(SQLException e, Path file, String doing, long lockTimeoutMillis) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return switch (primaryCode(e)) {
            case SQLITE_BUSY, SQLITE_LOCKED -> new CacheException("The answer cache " + file + " is locked by another process (waited "
                    + lockTimeoutMillis + " ms to " + doing + " it). Let the other run finish, or " + NO_CACHE
                    + "; a killed process releases its lock by itself.", e);
            case 11, 26 -> damaged(file, detail, e);
            case SQLITE_READONLY, SQLITE_PERM -> new CacheException("Cannot " + doing + " the answer cache " + file
                    + ": it is read-only (" + detail + "). Make the file and its folder writable, " + ELSEWHERE + ", or "
                    + NO_CACHE + ".", e);
            case SQLITE_FULL -> new CacheException("Cannot " + doing + " the answer cache " + file + ": the disk is full ("
                    + detail + "). Free some space, " + ELSEWHERE + ", or " + NO_CACHE + ".", e);
            default -> new CacheException("Cannot " + doing + " the answer cache " + file + ": " + detail
                    + ". Check that the folder is writable and has space, " + ELSEWHERE + ", or " + NO_CACHE + ".", e);
        };
    }

    static CacheException damaged(Path file, String detail, Throwable cause) {
        return new CacheException("The answer cache " + file + " is damaged (" + detail + "). It only holds cached answers:"
                + " " + moveAway(file) + " and the next run starts a new one, or " + NO_CACHE + ".", cause);
    }

    /** Advice that touches the cache file alone: its folder may hold models too. */
    static String moveAway(Path file) {
        return "move it away (mv " + file + " " + file + ".broken)";
    }

    /** SQLite's primary result code (the low byte of an extended code), e.g. 5 for SQLITE_BUSY. */
    static int primaryCode(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return code & 0xFF;
    }
}
