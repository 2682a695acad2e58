package dev.lingo.vm.provider.offline;

import dev.lingo.vm.testing.ChildJvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Lingo program's output is its own: the embedding stack (langchain4j, SLF4J, onnxruntime,
 * DJL) must print nothing, or every offline run would start with warnings. Checked in a fresh JVM.
 */
class OfflineOutputTest {

    @Test
    void anOfflineAnswerPrintsNothingButTheAnswer(@TempDir Path dir) throws Exception {
        Path err = dir.resolve("stderr.txt");
        Process p = new ProcessBuilder(ChildJvm.command(OfflineProbe.class, "I was charged twice for my subscription."))
                .redirectError(err.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe did not finish");
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals("\"billing\"" + System.lineSeparator(), out);
        assertEquals("", Files.readString(err));
    }
}
