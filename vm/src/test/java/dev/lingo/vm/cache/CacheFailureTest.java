package dev.lingo.vm.cache;

import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.trace.PriceTable;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * A damaged, locked, newer or misplaced cache: {@code lingo cache} (the strict open) fails with a
 * message that names the file and the way out; a run gets one warning and goes on without it.
 */
class CacheFailureTest {

    @TempDir
    Path dir;

    private final PriceTable prices = PriceTable.empty();
    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private AnswerCache openForRun(CacheSettings settings) {
        return AnswerCache.open(settings, prices, warnings::add);
    }

    private static void assertHelpful(String message, Path file, String what) {
        assertTrue(message.contains(file.toString()), message);
        assertTrue(message.contains(what), message);
        assertTrue(message.contains("--no-cache"), message);
        assertFalse(message.contains("delete"), "the folder may hold models too: " + message);
    }

    private static void assertHelpful(CacheException e, Path file, String what) {
        assertHelpful(e.getMessage(), file, what);
        assertEquals("ModelCacheError", e.kind());
    }

    /** One warning, about {@code what}; the run went on. */
    private void assertWarnedOnce(Path file, String what) {
        assertEquals(1, warnings.size(), warnings.toString());
        assertHelpful(warnings.getFirst(), file, what);
        assertTrue(warnings.getFirst().startsWith("lingo: "), warnings.getFirst());
    }

    /** Without its disk a run still answers a repeated question from memory, and stores nothing. */
    private static void assertRunsFromMemory(AnswerCache cache) {
        assertTrue(cache.lookup(key("q")).isEmpty());
        assertFalse(cache.store(key("q"), answer("kept in memory")), "not on disk");
        assertEquals("kept in memory", cache.lookup(key("q")).orElseThrow().answer().answer());
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsDamagedAndARunGoesOnWithoutIt() throws Exception {
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        Files.write(file, junk);
        CacheException e = assertThrows(CacheException.class, () -> AnswerCache.open(settings(dir), prices));
        assertHelpful(e, file, "is damaged");
        assertTrue(e.getMessage().contains("mv " + file + " " + file + ".broken"), e.getMessage());
        try (AnswerCache cache = openForRun(settings(dir))) {
            assertRunsFromMemory(cache);
        }
        assertWarnedOnce(file, "is damaged");
        assertTrue(warnings.getFirst().endsWith("This run goes on without the cache."), warnings.getFirst());
        assertEquals(8192, Files.size(file), "left as it was, for whoever wants to look at it");
        try (AnswerCache off = AnswerCache.open(settings(dir).withMode(CacheMode.NO_CACHE), prices)) {
            assertTrue(off.lookup(key("q")).isEmpty(), "--no-cache runs even beside a damaged file");
        }
    }

    /** A file of 200 answers, some 20 pages: big enough that damage can hit a part of it. */
    private Path store200Answers() {
        try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
            for (int i = 0; i < 200; i++) {
                cache.store(key("question " + i), answer("x".repeat(500) + i));
            }
        }
        return dir.resolve(CacheSettings.FILE_NAME);
    }

    @Test
    void aTruncatedFileNeverGivesAWrongAnswerNorFailsTheRun() throws Exception {
        Path file = store200Answers();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 2 + 100); // cut mid-page, as a full disk or a killed copy leaves it
        }
        int hits = 0;
        try (AnswerCache cache = openForRun(settings(dir).withMemoryEntries(0))) {
            for (int i = 0; i < 200; i++) {
                var hit = cache.lookup(key("question " + i));
                if (hit.isPresent()) {
                    assertEquals("x".repeat(500) + i, hit.get().answer().answer());
                    hits++;
                }
            }
        }
        assertTrue(hits < 200, "half the file is gone: " + hits);
        assertWarnedOnce(file, "is damaged");
    }

    @Test
    void aDamagedPageFoundWhileRunningIsOneWarningAndTheRunGoesOnWithoutTheFile() throws Exception {
        Path file = store200Answers();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[4096];
            new Random(3).nextBytes(junk);
            raf.seek(4096); // page 2: the root of the answers table; the header on page 1 stays intact
            raf.write(junk);
        }
        try (AnswerCache cache = openForRun(settings(dir))) {
            assertTrue(cache.lookup(key("question 5")).isEmpty());
            assertTrue(cache.lookup(key("question 6")).isEmpty());
            assertFalse(cache.store(key("question 7"), answer("new")), "a damaged file is not written to");
        }
        assertWarnedOnce(file, "is damaged");
        CacheException e = assertThrows(CacheException.class, () -> {
            try (AnswerCache cache = AnswerCache.open(settings(dir), prices)) {
                cache.info();
            }
        });
        assertHelpful(e, file, "is damaged");
    }

    @Test
    void aWriteLockHeldByAnotherProcessIsOneWarningWhileReadsAndTheAnswerGoOn() throws Exception {
        Path file = dir.resolve(CacheSettings.FILE_NAME);
        try (AnswerCache cache = openForRun(settings(dir))) {
            cache.store(key("before"), answer("stored before the lock"));
            try (Connection other = new SQLiteConfig().createConnection("jdbc:sqlite:" + file);
                 Statement s = other.createStatement()) {
                s.execute("BEGIN EXCLUSIVE");
                long start = System.nanoTime();
                assertFalse(cache.store(key("during"), answer("x")));
                assertTrue(System.nanoTime() - start >= 250_000_000L, "waited for the lock first");
                assertTrue(cache.lookup(key("before")).isPresent());
                s.execute("ROLLBACK");
            }
            long start = System.nanoTime();
            assertFalse(cache.store(key("after"), answer("in memory only")), "the run stopped writing: no second wait");
            assertTrue(System.nanoTime() - start < 250_000_000L);
            assertEquals("in memory only", cache.lookup(key("after")).orElseThrow().answer().answer());
        }
        assertWarnedOnce(file, "is locked by another process");
        try (AnswerCache cache = AnswerCache.open(settings(dir).withMemoryEntries(0), prices)) {
            assertTrue(cache.lookup(key("during")).isEmpty(), "nothing half-written");
            assertEquals("stored before the lock", cache.lookup(key("before")).orElseThrow().answer().answer());
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
        assertRefusedButARunGoesOn(dir, file, "newer Lingo");
    }

    /** {@code lingo cache} fails naming {@code named} and {@code what}; a run warns once so and goes on from memory. */
    private void assertRefusedButARunGoesOn(Path cacheDir, Path named, String what) {
        CacheException e = assertThrows(CacheException.class, () -> AnswerCache.open(settings(cacheDir), prices));
        assertHelpful(e, named, what);
        try (AnswerCache cache = openForRun(settings(cacheDir))) {
            assertRunsFromMemory(cache);
        }
        assertWarnedOnce(named, what);
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "a file where the cache folder should be", StandardCharsets.UTF_8);
        assertRefusedButARunGoesOn(blocker.resolve("cache"), blocker, "is a file, not a folder");
    }

    @Test
    void aFolderWhereTheFileShouldBeIsNamed() throws Exception {
        Path file = Files.createDirectories(dir.resolve(CacheSettings.FILE_NAME));
        assertRefusedButARunGoesOn(dir, file, "is a folder, not a file");
    }
}
