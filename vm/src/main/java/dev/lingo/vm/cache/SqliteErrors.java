package dev.lingo.vm.cache;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteException;

/** Turns SQLite's failures into {@link CacheException}s that say what happened and what to do. */
final class SqliteErrors {

    private static final String NO_CACHE = "run with --no-cache";

    private SqliteErrors() {
    }

    /** @param doing what failed, e.g. {@code "store an answer in"} */
    static CacheException translate(SQLException e, Path file, String doing, long lockTimeoutMillis) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return switch (primaryCode(e)) {
            case 5, 6 -> new CacheException("The answer cache " + file + " is locked by another process (waited "
                    + lockTimeoutMillis + " ms to " + doing + " it). Let the other run finish, or " + NO_CACHE
                    + "; a killed process releases its lock by itself.", e);
            case 11, 26 -> damaged(file, detail, e);
            default -> new CacheException("Cannot " + doing + " the answer cache " + file + ": " + detail
                    + ". Check that the folder is writable, set LINGO_CACHE_DIR to another folder, or " + NO_CACHE + ".", e);
        };
    }

    static CacheException damaged(Path file, String detail, Throwable cause) {
        return new CacheException("The answer cache " + file + " is damaged (" + detail + "). It only holds cached answers:"
                + " delete the folder " + file.getParent() + " to start afresh, or " + NO_CACHE + ".", cause);
    }

    /** SQLite's primary result code (the low byte of an extended code), e.g. 5 for SQLITE_BUSY. */
    static int primaryCode(SQLException e) {
        int code = e instanceof SQLiteException s ? s.getResultCode().code : e.getErrorCode();
        return code & 0xFF;
    }
}
