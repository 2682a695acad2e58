package dev.lingo.vm.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.ChildJvm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real processes: a reader beside a writer, a writer killed with SIGKILL mid-stream, a second writer while one holds the lock. */
class MemoryProcessTest {

    @Test
    void aKilledWriterLosesNoCommitAndAReaderFollowsIt(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kb");
        Process child = new ProcessBuilder(ChildJvm.command(MemoryWriterMain.class, "write", folder.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int committed = 0;
        long seenWhileWriting = 0;
        try (MemoryStore reader = MemoryStore.open("kb", folder, Duration.ofSeconds(1));
             BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (committed < 100 && (line = out.readLine()) != null) {
                committed = Integer.parseInt(line.substring("committed ".length()));
                long size = reader.size(); // another process's commits show at once
                assertTrue(size >= committed, size + " < " + committed);
                seenWhileWriting = Math.max(seenWhileWriting, size);
            }
            child.destroyForcibly(); // SIGKILL, likely in the middle of a batch
            child.waitFor();
        } finally {
            child.destroyForcibly();
        }
        assertTrue(seenWhileWriting >= 100, "the reader saw the writer's commits");
        try (FSDirectory d = FSDirectory.open(folder); CheckIndex check = new CheckIndex(d)) {
            assertTrue(check.checkIndex().clean, "the index is intact after kill -9");
        }
        try (MemoryStore store = MemoryStore.open("kb", folder, Duration.ofSeconds(1))) {
            assertTrue(store.size() >= committed && store.size() % 5 == 0, "whole batches only: " + store.size());
            store.remember(List.of(MemoryStoreTest.entry("after the kill", 1, 1, Map.of())), "test:model");
            assertEquals(1, store.recall("after the kill", new float[] {1, 1, 0.1f}, "test:model", 1, Map.of(), SearchMode.HYBRID).size());
        }
    }

    @Test
    void aSecondProcessCannotWriteWhileOneHoldsTheLock(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("kb");
        java.nio.file.Files.createDirectories(folder);
        Process child = new ProcessBuilder(ChildJvm.command(MemoryWriterMain.class, "lock", folder.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (MemoryStore store = MemoryStore.open("kb", folder, Duration.ofMillis(500));
             BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", out.readLine());
            var e = assertThrows(MemoryException.class,
                    () -> store.remember(List.of(MemoryStoreTest.entry("x", 1, 1, Map.of())), "test:model"));
            assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
            child.destroyForcibly();
            child.waitFor(); // the OS drops a killed process's file lock
            store.remember(List.of(MemoryStoreTest.entry("x", 1, 1, Map.of())), "test:model");
            assertEquals(1, store.size());
        } finally {
            child.destroyForcibly();
        }
    }
}
