package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A real SIGINT (what Ctrl-C sends) to bin/lingo while the program waits for a slow model: a run
 * stops with exit 130 and its summary, a piped or terminal REPL keeps its session.
 */
class InterruptIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").normalize();
    private static final Duration SERVER_DELAY = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private Process lingo(FakeOpenAiServer server, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LINGO.toString()));
        command.addAll(List.of(args));
        return start(server, command, Map.of());
    }

    private Process start(FakeOpenAiServer server, List<String> command, Map<String, String> moreEnv) throws IOException {
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile());
        var env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("OPENAI_BASE_URL", server.apiBase().toString());
        env.put("OPENAI_API_KEY", "sk-test-not-secret");
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.putAll(moreEnv);
        return builder.start();
    }

    private void awaitRequest(FakeOpenAiServer server, Process process) throws IOException, InterruptedException {
        // generous: on a loaded 2-core machine a JVM with the JIT on can take many seconds to start
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        while (server.requests().isEmpty() && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertFalse(server.requests().isEmpty(), "the model was not asked\n" + read("out.txt") + read("err.txt"));
    }

    /** kill -INT: Process.destroy would send SIGTERM. */
    private static void sigint(Process process) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start().waitFor());
    }

    private String read(String name) throws IOException {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    private void assertNoJavaTrace(String err) {
        assertFalse(err.contains("Exception") || err.contains("\tat "), err);
    }

    @Test
    @Timeout(90)
    void ctrlCStopsARunWaitingForAModelWithItsSummaryAndExit130() throws Exception {
        Path script = Files.writeString(dir.resolve("slow.lingo"), """
                print("asking")
                let answer = gen from "a slow question"
                print(answer)
                """);
        try (var server = new FakeOpenAiServer().answerAlways("late", SERVER_DELAY)) {
            Process run = lingo(server, "run", "--progress", "off", script.toString());
            awaitRequest(server, run);
            long signalled = System.nanoTime();
            sigint(run);
            assertTrue(run.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGINT");
            Duration took = Duration.ofNanos(System.nanoTime() - signalled);
            String err = read("err.txt");
            assertEquals(ExitCodes.INTERRUPTED, run.exitValue(), err);
            assertEquals("asking\n", read("out.txt"));
            assertTrue(err.startsWith("interrupted\n"), err);
            assertTrue(err.matches("(?s).*\\nlingo: \\d+ model calls?, .*\\$[0-9.]+.*"), err);
            assertNoJavaTrace(err);
            assertTrue(took.compareTo(SERVER_DELAY.dividedBy(3)) < 0, "took " + took);
        }
    }

    @Test
    @Timeout(90)
    void ctrlCInAPipedReplEndsOnlyTheCurrentInput() throws Exception {
        try (var server = new FakeOpenAiServer().answerAlways("late", SERVER_DELAY)) {
            Process repl = lingo(server, "repl");
            try (Writer in = repl.outputWriter(StandardCharsets.UTF_8)) {
                in.write("let x = 41\nprint(gen from \"a slow question\")\n");
                in.flush();
                awaitRequest(server, repl);
                sigint(repl);
                in.write("print(\"still here {x + 1}\")\n:quit\n");
            }
            assertTrue(repl.waitFor(10, TimeUnit.SECONDS), "the REPL did not end");
            String err = read("err.txt");
            assertEquals(ExitCodes.OK, repl.exitValue(), err);
            assertEquals("still here 42\n", read("out.txt"), err);
            assertEquals("interrupted\n", err);
        }
    }

    /**
     * The terminal REPL under a pseudo-terminal ({@code script}): Ctrl-C is typed, and the terminal
     * turns it into SIGINT. With TERM=xterm JLine's own handler gets it, with TERM=dumb the launcher's.
     */
    @ParameterizedTest
    @ValueSource(strings = {"xterm", "dumb"})
    @Timeout(90)
    void ctrlCInATerminalReplEndsOnlyTheCurrentInput(String term) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs script(1) from util-linux");
        try (var server = new FakeOpenAiServer().answerAlways("late", SERVER_DELAY)) {
            // HOME: the terminal REPL keeps its history in ~/.lingo. `exec`: script(1) starts $SHELL -c,
            // and a shell that stays (dash, where SHELL=/bin/sh) dies of the Ctrl-C itself, which script reports.
            Process pty = start(server, List.of("/usr/bin/script", "-qfec", "exec " + LINGO + " repl", "/dev/null"),
                    Map.of("TERM", term, "HOME", dir.toString()));
            try (Writer in = pty.outputWriter(StandardCharsets.UTF_8)) {
                int seen = awaitOutput(">", awaitOutput("leave.", 0)); // the banner, then a prompt
                in.write("let x = 41\r");
                in.flush();
                seen = awaitOutput(">", seen);
                in.write("print(gen from \"a slow question\")\r");
                in.flush();
                awaitRequest(server, pty);
                in.write("\u0003"); // what the Ctrl-C key sends
                in.flush();
                awaitOutput(">", awaitOutput("interrupted", seen));
                in.write("print(\"still here {x + 1}\")\r");
                in.flush();
                awaitOutput("still here 42", seen);
                in.write(":quit\r");
            }
            assertTrue(pty.waitFor(10, TimeUnit.SECONDS), "the REPL did not end");
            assertEquals(ExitCodes.OK, pty.exitValue(), read("out.txt"));
            assertNoJavaTrace(read("out.txt"));
        }
    }

    /** Waits for {@code text} in the output at {@code from} or later; returns where it ends. */
    private int awaitOutput(String text, int from) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
        int at;
        while ((at = read("out.txt").indexOf(text, from)) < 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(at >= 0, "no " + text + " in\n" + read("out.txt"));
        return at + text.length();
    }
}
