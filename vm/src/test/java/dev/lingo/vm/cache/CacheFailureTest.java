package dev.lingo.vm.cache;

import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.trace.PriceTable;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** A damaged, locked, newer or unwritable cache fails with a message that names the file and the way out. */
class CacheFailureTest {

    @TempDir
    Path dir;

    private final PriceTable prices = PriceTable.empty();

    private static void assertHelpful(CacheException e, Path file, String what) {
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains(what), e.getMessage());
        assertTrue(e.getMessage().contains("--no-cache"), e.getMessage());
        assertEquals("ModelCacheError", e.kind());
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamaged() throws Exception {
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        CacheException e = assertThrows(CacheException.class, () -> AnswerCache.open(settings(dir), prices));
        assertHelpful(e, file, "is damaged");
        try (AnswerCache off = AnswerCache.open(settings(dir).withMode(CacheMode.NO_CACHE), prices)) {
            assertTrue(off.lookup(key("q")).isEmpty(), "--no-cache runs even beside a damaged file");
        }
    }

    @Test
    void aDamagedPageIsReportedWhenItIsRead() throws Exception {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            for (int i = 0; i < 200; i++) {
                cache.store(key("question " + i), answer("x".repeat(500) + i));
            }
        }
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(3).nextBytes(junk);
            raf.seek(4096); // page 2: the root of the answers table; the header on page 1 stays intact
            raf.write(junk);
        }
        CacheException e = assertThrows(CacheException.class, () -> {
            try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
                cache.lookup(key("question 5"));
            }
        });
        assertHelpful(e, file, "is damaged");
    }

    @Test
    void aWriteLockHeldByAnotherProcessFailsClearlyAfterTheTimeoutWhileReadsGoOn() throws Exception {
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            cache.store(key("before"), answer("stored before the lock"));
            try (Connection other = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                long start = System.nanoTime();
                CacheException e = assertThrows(CacheException.class, () -> cache.store(key("during"), answer("x")));
                assertTrue(System.nanoTime() - start >= 250_000_000L, "waited for the lock first");
                assertHelpful(e, file, "is locked by another process");
                assertTrue(cache.lookup(key("before")).isPresent());
                s.execute("ROLLBACK");
            }
            assertTrue(cache.store(key("after"), answer("stored after the lock")));
        }
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMemoryEntries(0), prices)) {
            assertTrue(cache.lookup(key("during")).isEmpty(), "nothing half-written");
            assertEquals("stored after the lock", cache.lookup(key("after")).orElseThrow().answer().answer());
        }
    }

    @Test
    void aCacheFromANewerLingoIsRefusedNotMisread() throws Exception {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            cache.store(key("q"), answer("a"));
        }
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=" + (SqliteOpener.FORMAT + 1));
        }
        CacheException e = assertThrows(CacheException.class, () -> AnswerCache.open(settings(dir), prices));
        assertHelpful(e, file, "newer Lingo");
    }

    @Test
    void aFolderThatCannotBeCreatedIsReported() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the cache folder should be", StandardCharsets.UTF_8);
        Path cacheDir = blocker.resolve("cache");
        CacheException e = assertThrows(CacheException.class, () -> AnswerCache.open(settings(cacheDir), prices));
        assertTrue(e.getMessage().contains(cacheDir.toString()) && e.getMessage().contains("--no-cache"), e.getMessage());
    }
}
