package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.cache.CachedAnswer;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.PriceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lingo cache info|clear|prune} on a real cache file in a throw-away project, filled through AnswerCache. */
class CacheCommandTest {

    private static final Instant NOW = Instant.now();

    @TempDir
    Path project;

    private Path file;

    @BeforeEach
    void makeProject() throws IOException {
        Files.writeString(project.resolve("lingo.json"), "{}\n");
        file = project.resolve(".lingo/cache").resolve(CacheSettings.FILE_NAME);
    }

    private static CacheKey key(String question) {
        return new CacheKey("hash-of-" + question, "openai", "gpt-4o-mini", question, false);
    }

    private static CachedAnswer answer(String provider, String model, Instant created) {
        return new CachedAnswer(provider, model, "an answer", new Usage(100, 20, 0, 0), created, "a question");
    }

    /** Stores one answer per question, each made {@code age} ago by {@code provider/model}. */
    private void store(String provider, String model, Duration age, String... questions) {
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(file.getParent()), PriceTable.empty())) {
            for (String q : questions) {
                assertTrue(cache.store(key(q), answer(provider, model, NOW.minus(age))));
            }
        }
    }

    private long answersOnDisk() {
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(file.getParent()), PriceTable.empty())) {
            return cache.size();
        }
    }

    private boolean cached(String question) {
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(file.getParent()), PriceTable.empty())) {
            return cache.lookup(key(question)).isPresent();
        }
    }

    private CommandResult lingo(String... args) {
        return CommandResult.run(args);
    }

    private static void assertLine(String regex, CommandResult result) {
        assertTrue(Pattern.compile(regex, Pattern.MULTILINE).matcher(result.out()).find(), "no line " + regex + " in " + result);
    }

    @Test
    void infoPricesWithTheProjectsPricesAndNamesWhatItCannotPrice() throws IOException {
        Files.writeString(project.resolve("lingo.json"), "{\"prices\": {\"house-model\": {\"input\": 1000, \"output\": 0}}}");
        store("vllm", "house-model", Duration.ZERO, "a");
        store("vllm", "mystery-model", Duration.ZERO, "b", "c");
        var info = lingo("cache", "info", "--dir", project.toString());
        assertLine("^vllm/house-model +1 answer +100 tokens in, 20 out +\\$0\\.100000$", info);
        assertLine("^vllm/mystery-model +2 answers +200 tokens in, 40 out +no price known$", info);
        assertLine("^worth +\\$0\\.100000 at list prices: .* \\(2 answers of unpriced models not counted\\)$", info);
    }

    @Test
    void infoCountsTheAnswersPerModelAndTellsWhereAndHowOld() {
        store("openai", "gpt-4o-mini", Duration.ofDays(40), "a", "b");
        store("openai", "gpt-4o-mini", Duration.ZERO, "c");
        store("anthropic", "claude-3-5-haiku-latest", Duration.ofDays(3), "d");

        var info = lingo("cache", "info", "--dir", project.toString());
        assertEquals(0, info.exitCode(), info::toString);
        assertLine("^answer cache +" + Pattern.quote(file.toString()) + "$", info);
        assertLine("^ +the project cache of " + Pattern.quote(project.toString()) + " \\(it has a lingo\\.json\\)$", info);
        assertLine("^answers +4$", info);
        assertLine("^on disk +\\d+(\\.\\d)? (kB|MB)$", info);
        assertLine("^oldest +" + CacheInfoReport.DATE.format(NOW.minus(Duration.ofDays(40))) + "$", info);
        assertLine("^newest +" + CacheInfoReport.DATE.format(NOW) + "$", info);
        // 100 tokens in and 20 out per answer, at the built-in list prices per million tokens
        assertLine("^openai/gpt-4o-mini +3 answers +300 tokens in, 60 out +\\$0\\.000081$", info);
        assertLine("^anthropic/claude-3-5-haiku-latest +1 answer +100 tokens in, 20 out +\\$0\\.000160$", info);
        assertLine("^worth +\\$0\\.000241 at list prices: what asking again would cost$", info);
        assertTrue(info.out().indexOf("openai/") < info.out().indexOf("anthropic/"), "most answers first: " + info);
        assertFalse(Files.exists(Path.of(file + "-wal")), "the command left the cache open");

        var bare = lingo("cache", "--dir", project.toString());
        assertEquals(info.out(), bare.out(), "`lingo cache` is `lingo cache info`");
    }

    @Test
    void aFolderWithoutACacheIsReportedAndLeftWithoutOne() {
        var info = lingo("cache", "info", "--dir", project.toString());
        assertEquals(0, info.exitCode(), info::toString);
        assertLine("^answers +none yet: the file does not exist", info);
        var clear = lingo("cache", "clear", "--dir", project.toString());
        var prune = lingo("cache", "prune", "--older-than", "1d", "--dir", project.toString());
        for (CommandResult result : new CommandResult[] {clear, prune}) {
            assertEquals(0, result.exitCode(), result::toString);
            assertLine("^no answer cache at " + Pattern.quote(file.toString()) + ": nothing to remove$", result);
        }
        assertFalse(Files.exists(project.resolve(".lingo")), "looking at the cache created it");
    }

    @Test
    void pruneRemovesExactlyTheAnswersOlderThanTheAge() {
        store("openai", "gpt-4o-mini", Duration.ofDays(40), "old1", "old2");
        store("openai", "gpt-4o-mini", Duration.ofDays(10), "ten-days");
        store("openai", "gpt-4o-mini", Duration.ofMinutes(1), "fresh");

        var prune = lingo("cache", "prune", "--older-than", "30d", "--dir", project.toString());
        assertEquals(0, prune.exitCode(), prune::toString);
        assertLine("^removed 2 answers older than 30d from " + Pattern.quote(file.toString()) + " \\(2 answers left\\)$", prune);
        assertFalse(cached("old1") || cached("old2"), "an old answer survived");
        assertTrue(cached("ten-days") && cached("fresh"), "a young answer was removed");

        var iso = lingo("cache", "--dir", project.toString(), "prune", "--older-than", "P5D");
        assertLine("^removed 1 answer older than 5d .*\\(1 answer left\\)$", iso);
        var minutes = lingo("cache", "prune", "--older-than", "90m", "--dir", project.toString());
        assertLine("^removed 0 answers older than 90m .*\\(1 answer left\\)$", minutes);
        var hours = lingo("cache", "prune", "--older-than", "12h", "--dir", project.toString());
        assertLine("^removed 0 answers older than 12h ", hours);
        assertTrue(cached("fresh"));
    }

    @Test
    void clearRemovesEveryAnswerAndSaysHowManyAndWhere() {
        store("openai", "gpt-4o-mini", Duration.ofDays(2), "a", "b", "c");
        var clear = lingo("cache", "--dir", project.toString(), "clear");
        assertEquals(0, clear.exitCode(), clear::toString);
        assertLine("^removed 3 answers from " + Pattern.quote(file.toString()) + "$", clear);
        assertEquals(0, answersOnDisk());
        var info = lingo("cache", "info", "--dir", project.toString());
        assertLine("^answers +0$", info);
        assertFalse(info.out().contains("oldest"), info::toString);
    }

    @Test
    void aBadAgeOrFolderIsAUsageError() {
        store("openai", "gpt-4o-mini", Duration.ofDays(40), "kept");
        for (String age : new String[] {"30x", "soon", "P1M", "0d", "-3d"}) {
            var result = lingo("cache", "prune", "--older-than", age, "--dir", project.toString());
            assertEquals(ExitCodes.USAGE_ERROR, result.exitCode(), result::toString);
            assertTrue(result.err().contains("--older-than") && result.err().contains(age), result::toString);
        }
        assertTrue(lingo("cache", "prune", "--older-than", "30x", "--dir", project.toString()).err()
                .contains("write e.g. 7d, 12h"), "the message says what is accepted");
        assertEquals(ExitCodes.USAGE_ERROR, lingo("cache", "prune", "--dir", project.toString()).exitCode());
        var noFolder = lingo("cache", "info", "--dir", project.resolve("missing").toString());
        assertEquals(ExitCodes.USAGE_ERROR, noFolder.exitCode(), noFolder::toString);
        assertTrue(noFolder.err().contains("is not a folder"), noFolder::toString);
        assertTrue(cached("kept"), "a refused prune removed something");
    }

    @Test
    void aCacheFromANewerLingoGivesTheRunsMessageNotAStackTrace() throws Exception {
        store("openai", "gpt-4o-mini", Duration.ZERO, "q");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version=99");
        }
        for (String command : new String[] {"info", "clear"}) {
            var result = lingo("cache", command, "--dir", project.toString());
            assertEquals(ExitCodes.RUNTIME_ERROR, result.exitCode(), result::toString);
            assertTrue(result.err().startsWith("lingo: The answer cache " + file + " was written by a newer Lingo (format 99)"),
                    result::toString);
            assertFalse(result.err().contains("\tat "), result::toString);
        }
    }

    @Test
    void sizesAreInDecimalUnits() {
        assertEquals("999 bytes", CacheInfoReport.bytes(999));
        assertEquals("1.5 kB", CacheInfoReport.bytes(1_500));
        assertEquals("2.5 MB", CacheInfoReport.bytes(2_500_000));
        assertEquals("30d", CacheCommand.shortAge(Duration.ofDays(30)));
        assertEquals("36h", CacheCommand.shortAge(Duration.ofHours(36)));
        assertEquals("90m", CacheCommand.shortAge(Duration.ofMinutes(90)));
        assertEquals("45s", CacheCommand.shortAge(Duration.ofSeconds(45)));
    }

    @Test
    void verifyPassesASoundCacheAndNamesATamperedAnswer() throws Exception {
        store("openai", "gpt-4o-mini", Duration.ZERO, "a", "b", "c");
        var sound = lingo("cache", "verify", "--dir", project.toString());
        assertEquals(0, sound.exitCode(), sound::toString);
        assertLine("^verified " + Pattern.quote(file.toString()) + ": SQLite integrity ok, 3 answers, every checksum matches$", sound);

        String tampered;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            var r = s.executeQuery("SELECT hash FROM answers ORDER BY hash LIMIT 1");
            tampered = r.getString(1);
            r.close();
            s.execute("UPDATE answers SET answer = 'a forged answer' WHERE hash = '" + tampered + "'");
        }
        var bad = lingo("cache", "verify", "--dir", project.toString());
        assertEquals(ExitCodes.RUNTIME_ERROR, bad.exitCode(), bad::toString);
        assertLine("^  answer " + Pattern.quote(tampered) + " does not match its checksum$", bad);
        assertFalse(bad.out().contains("SQLite integrity check:"), "the file itself is sound: " + bad);
    }

    @Test
    void verifyReportsADamagedFileWithoutAStackTrace() throws Exception {
        String[] many = new String[300];
        for (int i = 0; i < many.length; i++) {
            many[i] = "question " + i + " " + "x".repeat(200);
        }
        store("openai", "gpt-4o-mini", Duration.ZERO, many);
        try (var f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            f.seek(3 * 4096 + 100); // inside a page of answers, past the header and schema
            f.write("garbage that is no b-tree page".repeat(40).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        var damaged = lingo("cache", "verify", "--dir", project.toString());
        assertEquals(ExitCodes.RUNTIME_ERROR, damaged.exitCode(), damaged::toString);
        assertFalse((damaged.out() + damaged.err()).contains("\tat "), damaged::toString);
        assertTrue(damaged.out().contains("SQLite integrity check: ") || damaged.err().startsWith("lingo: "), damaged::toString);
    }

    @Test
    void verifyOfAMissingCacheCreatesNone() {
        var result = lingo("cache", "verify", "--dir", project.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertLine("^no answer cache at " + Pattern.quote(file.toString()) + ": nothing to verify$", result);
        assertFalse(Files.exists(file));
    }
}
