package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lingo as a child process against a model that echoes its API key into a misfit answer: the
 * key (from a variable apiKeyEnv names, not shaped like a known key) is on no output of the run:
 * not stdout (e.message, e.data.raw), stderr (the uncaught error), the trace, the recording or the cache.
 */
class SecretsIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").toAbsolutePath().normalize();
    private static final String KEY = "Cred.9c41e7d2b8a05f63";

    @TempDir
    Path dir;

    @Test
    void anEchoedKeyIsOnNoOutputOfTheRun() throws Exception {
        Path script = Files.writeString(dir.resolve("echo.lingo"), """
                model gpt = openai("gpt-4o-mini", {apiKeyEnv: "MY_CRED_KEY"})
                try {
                  print(gen Int from "How many?" using gpt)
                } catch e {
                  print(e.message)
                  print(e.data.raw)
                }
                print(gen Int from "And now?" using gpt)
                """);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(request -> "no number, only " + request.header("authorization").substring("Bearer ".length()));
            ProcessBuilder builder = new ProcessBuilder(List.of(LINGO.toString(), "run", "--progress", "off",
                    "--trace", dir.resolve("trace.jsonl").toString(), "--record", dir.resolve("run.jsonl").toString(),
                    script.toString())).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            Map<String, String> env = builder.environment();
            env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
            env.put("OPENAI_BASE_URL", server.apiBase().toString());
            env.put("MY_CRED_KEY", KEY);
            env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
            Process run = builder.start();
            assertTrue(run.waitFor(2, TimeUnit.MINUTES));
            assertEquals(1, run.exitValue(), Files.readString(err));
            assertEquals("Bearer " + KEY, server.lastRequest().header("authorization"), "the key was really sent");
        }
        assertTrue(Files.readString(out).contains("no number, only [REDACTED]"), Files.readString(out));
        assertTrue(Files.readString(err).contains("[REDACTED]"), Files.readString(err));
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertFalse(text.contains(KEY), file + ":\n" + text);
            }
        }
    }
}
