package dev.lingo.vm.cache;

import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.trace.PriceTable;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/** Each stored answer carries a checksum: an answer changed outside Lingo is asked again, never returned. */
class CacheChecksumTest {

    @TempDir
    Path dir;

    private final List<String> warnings = new CopyOnWriteArrayList<>();

    private Path file() {
        return dir.resolve(CacheSettings.FILE_NAME);
    }

    private void sql(String statement) throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private AnswerCache openForRun() {
        return AnswerCache.open(settings(dir).withMemoryEntries(0), PriceTable.empty(), warnings::add);
    }

    private void storeTwo() {
        try (AnswerCache cache = openForRun()) {
            assertTrue(cache.store(key("tampered"), answer("the model's answer")));
            assertTrue(cache.store(key("left alone"), answer("untouched")));
        }
    }

    @Test
    void anEditedAnswerIsAMissWithOneWarningAndIsReplacedByTheNewAnswer() throws Exception {
        storeTwo();
        sql("UPDATE answers SET answer = 'an answer someone wrote' WHERE answer = 'the model''s answer'");
        try (AnswerCache cache = openForRun()) {
            assertTrue(cache.lookup(key("tampered")).isEmpty(), "never returned");
            assertTrue(cache.lookup(key("tampered")).isEmpty());
            assertEquals("untouched", cache.lookup(key("left alone")).orElseThrow().answer().answer());
            assertEquals(2, cache.stats().misses(), "counted as misses");
            assertTrue(cache.store(key("tampered"), answer("asked again")));
            assertEquals("asked again", cache.lookup(key("tampered")).orElseThrow().answer().answer());
        }
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.getFirst().contains(file().toString()) && warnings.getFirst().contains("does not match its checksum"),
                warnings.getFirst());
    }

    @Test
    void editedTokensOrAMissingChecksumAreCaughtToo() throws Exception {
        storeTwo();
        sql("UPDATE answers SET input_tokens = 1 WHERE answer = 'the model''s answer'");
        sql("UPDATE answers SET checksum = NULL WHERE answer = 'untouched'");
        try (AnswerCache cache = openForRun()) {
            assertTrue(cache.lookup(key("tampered")).isEmpty());
            assertTrue(cache.lookup(key("left alone")).isEmpty());
        }
        assertEquals(1, warnings.size(), "one warning per run: " + warnings);
    }

    @Test
    void aFormatOneCacheKeepsItsAnswersAndGetsChecksumsWhenOpened() throws Exception {
        sql("""
            CREATE TABLE answers (hash TEXT PRIMARY KEY, provider TEXT NOT NULL, model TEXT NOT NULL, answer TEXT NOT NULL,
              input_tokens INTEGER NOT NULL, output_tokens INTEGER NOT NULL, cached_input_tokens INTEGER NOT NULL,
              cache_write_tokens INTEGER NOT NULL, created_at INTEGER NOT NULL, prompt TEXT NOT NULL) WITHOUT ROWID""");
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file());
             PreparedStatement p = c.prepareStatement("INSERT INTO answers VALUES (?, 'openai', 'gpt-4o-mini', ?, 1000, 200, 0, 0, ?, 'a question')")) {
            for (String name : List.of("old one", "old two")) {
                p.setString(1, key(name).hash());
                p.setString(2, "stored by format 1: " + name);
                p.setLong(3, System.currentTimeMillis());
                p.executeUpdate();
            }
            c.createStatement().execute("PRAGMA user_version=1");
        }
        try (AnswerCache cache = openForRun()) {
            assertEquals("stored by format 1: old one", cache.lookup(key("old one")).orElseThrow().answer().answer());
            assertEquals(1000, cache.lookup(key("old two")).orElseThrow().answer().usage().inputTokens());
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                assertEquals(SqliteOpener.FORMAT, r.getInt(1));
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM answers WHERE checksum IS NULL")) {
                assertEquals(0, r.getInt(1), "every old answer has its checksum now");
            }
        }
        sql("UPDATE answers SET answer = 'edited after the upgrade' WHERE answer LIKE '%old one'");
        try (AnswerCache cache = openForRun()) {
            assertTrue(cache.lookup(key("old one")).isEmpty(), "from now on edits show");
        }
    }

    @Test
    void theChecksumCoversTheKeyAndEveryField() {
        CachedAnswer a = answer("text");
        String sum = AnswerChecksum.of("k", a);
        assertNotNull(sum);
        assertEquals(64, sum.length());
        assertEquals(sum, AnswerChecksum.of("k", a));
        assertFalse(sum.equals(AnswerChecksum.of("k2", a)));
        assertFalse(sum.equals(AnswerChecksum.of("k", new CachedAnswer(a.provider(), a.model(), "text", a.usage(),
                a.createdAt().plusMillis(1), a.prompt()))));
        // length prefixes: moving a character from one field to the next changes the sum
        assertFalse(AnswerChecksum.of("k", new CachedAnswer("ab", "c", "x", a.usage(), a.createdAt(), ""))
                .equals(AnswerChecksum.of("k", new CachedAnswer("a", "bc", "x", a.usage(), a.createdAt(), ""))));
    }
}
