package dev.lingo.vm.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the cache lives and how its settings are read. */
class CacheSettingsTest {

    @TempDir
    Path dir;

    @Test
    void aProjectKeepsItsAnswersBesideItsCodeFromAnyOfItsFolders() throws Exception {
        Path project = dir.resolve("shop");
        Path deep = Files.createDirectories(project.resolve("scripts/reviews"));
        Files.writeString(project.resolve("lingo.json"), "{}");
        Map<String, String> env = Map.of("LINGO_CACHE_DIR", dir.resolve("elsewhere").toString());
        assertEquals(project.toAbsolutePath().resolve(".lingo/cache"), CacheLocation.resolve(env, deep));
        assertEquals(project.toAbsolutePath().resolve(".lingo/cache/answers.db"),
                CacheSettings.fromEnvironment(env, project).file());
        assertEquals("the project cache of " + project.toAbsolutePath() + " (it has a lingo.json)",
                CacheLocation.reason(env, deep));
    }

    @Test
    void outsideAProjectTheUserCacheIsUsed() {
        Path outside = dir.resolve("loose");
        assertEquals(Path.of("/var/cache/mine"), CacheLocation.resolve(Map.of("LINGO_CACHE_DIR", "/var/cache/mine"), outside));
        assertEquals(Path.of("/xdg/lingo"), CacheLocation.resolve(Map.of("XDG_CACHE_HOME", "/xdg"), outside));
        assertEquals(Path.of(System.getProperty("user.home"), ".cache", "lingo"), CacheLocation.resolve(Map.of(), outside));
        assertTrue(CacheLocation.reason(Map.of("LINGO_CACHE_DIR", "/var/cache/mine"), outside).contains("(LINGO_CACHE_DIR;"));
        assertTrue(CacheLocation.reason(Map.of("XDG_CACHE_HOME", "/xdg"), outside).contains("($XDG_CACHE_HOME/lingo;"));
        assertTrue(CacheLocation.reason(Map.of(), outside).contains("(~/.cache/lingo;"));
    }

    @Test
    void theDefaultsAndTheTtlFromTheEnvironment() {
        CacheSettings s = CacheSettings.fromEnvironment(Map.of("LINGO_CACHE_DIR", dir.toString()), dir.resolve("x"));
        assertEquals(CacheMode.NORMAL, s.mode());
        assertNull(s.ttl());
        assertEquals(false, s.cacheSampled());
        assertEquals(Duration.ofDays(7), CacheSettings.fromEnvironment(Map.of("LINGO_CACHE_TTL", "7d"), dir).ttl());
        assertEquals(Duration.ofHours(12), CacheSettings.parseDuration("12h"));
        assertEquals(Duration.ofMinutes(30), CacheSettings.parseDuration("30m"));
        assertEquals(Duration.ofSeconds(90), CacheSettings.parseDuration("90s"));
        assertEquals(Duration.ofHours(2), CacheSettings.parseDuration("PT2H"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CacheSettings.parseDuration("soon"));
        assertTrue(e.getMessage().contains("7d"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CacheSettings.in(dir).withTtl(Duration.ZERO));
    }

    @Test
    void modesReadAndWriteAsTheirFlagsSay() {
        assertEquals(CacheMode.NO_CACHE, CacheMode.parse("off"));
        assertEquals(CacheMode.REFRESH, CacheMode.parse("Refresh"));
        assertEquals(CacheMode.NORMAL, CacheMode.parse("on"));
        assertTrue(CacheMode.NORMAL.reads() && CacheMode.NORMAL.writes());
        assertTrue(!CacheMode.REFRESH.reads() && CacheMode.REFRESH.writes());
        assertTrue(!CacheMode.NO_CACHE.reads() && !CacheMode.NO_CACHE.writes());
        assertThrows(IllegalArgumentException.class, () -> CacheMode.parse("sometimes"));
    }
}
