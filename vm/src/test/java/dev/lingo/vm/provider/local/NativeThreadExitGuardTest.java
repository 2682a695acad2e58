package dev.lingo.vm.provider.local;

import dev.lingo.vm.testing.ChildJvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * llama.cpp's worker thread stays attached to the JVM after the model is closed; without the
 * guard a program that used a local model never exits. Runs the probe in a real child JVM.
 */
class NativeThreadExitGuardTest {

    @TempDir
    Path dir;

    private Process probe(String... extra) throws IOException {
        List<String> cmd = new ArrayList<>(ChildJvm.command(LocalModelExitProbe.class, dir.resolve("probe.gguf").toString()));
        cmd.addAll(List.of(extra));
        return new ProcessBuilder(cmd).redirectErrorStream(true).start();
    }

    private static String finish(Process p) throws Exception {
        boolean exited = p.waitFor(60, TimeUnit.SECONDS);
        if (!exited) {
            p.destroyForcibly().waitFor();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(exited, "the JVM did not exit after main returned; it printed: " + out);
        return out;
    }

    @Test
    void theJvmExitsWithZeroWhenMainReturns() throws Exception {
        Process p = probe();
        String out = finish(p);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.startsWith("answer "), "nothing but the program's own output: " + out);
        assertTrue(Files.size(dir.resolve("probe.gguf")) > 100_000);
    }

    @Test
    void theJvmExitsWithOneWhenMainThrows() throws Exception {
        Process p = probe("fail");
        String out = finish(p);
        assertEquals(1, p.exitValue(), out);
        assertTrue(out.contains("Exception in thread \"main\"") && out.contains("probe failure"), out);
    }
}
