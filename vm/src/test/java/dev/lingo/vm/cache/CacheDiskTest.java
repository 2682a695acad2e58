package dev.lingo.vm.cache;

import static dev.lingo.vm.cache.CacheFixtures.answer;
import static dev.lingo.vm.cache.CacheFixtures.key;
import static dev.lingo.vm.cache.CacheFixtures.settings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lingo.vm.testing.ChildJvm;
import dev.lingo.vm.trace.PriceTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run on a read-only cache and on a disk that fills up mid-run, in a child JVM
 * ({@link CacheRunProbe}) so the folder is really read-only (file modes, or for root, who ignores
 * them, a read-only bind mount of its own) and the disk really refuses to grow the file (a file-size limit).
 */
class CacheDiskTest {

    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve(CacheSettings.FILE_NAME);
    }

    private void storeBefore(String... names) {
        try (AnswerCache cache = AnswerCache.open(settings(dir), PriceTable.empty())) {
            for (String name : names) {
                cache.store(key(name), answer("answer " + name));
            }
        }
    }

    /** The probe's output lines; it must exit 0, whatever the disk did. */
    private List<String> probe(List<String> wrapper, String... commands) throws Exception {
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(ChildJvm.command(CacheRunProbe.class, Stream.concat(Stream.of(dir.toString()), Stream.of(commands))
                .toArray(String[]::new)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), out);
        assertEquals(0, p.exitValue(), out);
        return out.lines().filter(l -> !l.startsWith("WARNING: ")).toList(); // the JDK's own notes, if any
    }

    private List<String> warnings(List<String> lines) {
        return lines.stream().filter(l -> l.startsWith("warning: ")).toList();
    }

    @Test
    void aReadOnlyCacheIsReadAndNewAnswersAreNotStoredWithOneWarning() throws Exception {
        storeBefore("a", "b");
        long size = Files.size(file());
        List<String> lines;
        try {
            lines = probe(readOnly(), "get:a", "put:c", "get:c", "put:d", "get:b");
        } finally {
            setMode("rwx------", "rw-------");
        }
        assertEquals(List.of("get a: answer a", "put c: false", "get c: miss", "put d: false", "get b: answer b"),
                lines.subList(0, 5), lines.toString());
        List<String> warnings = warnings(lines);
        assertEquals(1, warnings.size(), lines.toString());
        assertTrue(warnings.getFirst().contains(file() + " is read-only: its answers are used, new ones are not stored"),
                warnings.getFirst());
        assertEquals(size, Files.size(file()));
        try (AnswerCache cache = AnswerCache.open(settings(dir), PriceTable.empty())) {
            assertEquals(2, cache.size());
        }
    }

    @Test
    void aDiskThatFillsUpMidRunIsOneWarningAndTheRunGoesOn() throws Exception {
        assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"), "setrlimit(RLIMIT_FSIZE) as on Linux");
        List<String> lines = probe(List.of(), "put:a", "fill-disk", "put:b", "put:c", "get:a", "get:b");
        assertEquals("put a: true", lines.get(0));
        assertEquals(List.of("put b: false", "put c: false", "get a: answer a", "get b: miss"), lines.subList(2, 6), lines.toString());
        List<String> warnings = warnings(lines);
        assertEquals(1, warnings.size(), lines.toString());
        assertTrue(warnings.getFirst().contains("Cannot store an answer in the answer cache " + file())
                && warnings.getFirst().endsWith("This run goes on; its new answers are not stored."), warnings.getFirst());
        try (AnswerCache cache = AnswerCache.open(settings(dir), PriceTable.empty())) {
            assertEquals("answer a", cache.lookup(key("a")).orElseThrow().answer().answer());
            assertTrue(cache.lookup(key("b")).isEmpty(), "nothing half-written");
        }
    }

    /**
     * Makes the cache folder read-only; returns what the child's command must start with. File modes
     * bind everyone but root; root gets a read-only bind mount of the folder in a mount namespace of its own.
     */
    private List<String> readOnly() throws IOException {
        setMode("r-x------", "r--------");
        if (!canWriteIn(dir)) {
            return List.of();
        }
        assumeTrue(succeeds("unshare", "-m", "true"), "root, and no mount namespace to make a read-only folder in");
        return List.of("unshare", "-m", "sh", "-c",
                "mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\" && exec \"$@\"", dir.toString());
    }

    private void setMode(String folder, String files) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            for (Path f : list.toList()) {
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString(files));
            }
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString(folder));
    }

    private static boolean canWriteIn(Path folder) throws IOException {
        try {
            Files.delete(Files.createFile(folder.resolve("write-test")));
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
