package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * bin/lingo with a broken answer cache, against a fake OpenAI server: a damaged file, an edited
 * answer and a disk that fills up mid-run each give a warning on stderr, never exit 70, and every
 * answer the script reads is the model's.
 */
class CacheProblemsIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").toAbsolutePath().normalize();
    private static final int ITEMS = 24;

    @TempDir
    Path dir;

    private record Run(int exit, List<String> out, String err) {
    }

    private Path cacheFile() {
        return dir.resolve("cache/answers.db");
    }

    private List<String> expected() {
        return IntStream.rangeClosed(1, ITEMS).mapToObj(i -> "item-" + i).toList();
    }

    /** bin/lingo on a script reading one answer per item, after {@code wrapper} (e.g. a shell setting a limit). */
    private Run run(FakeOpenAiServer server, List<String> wrapper) throws IOException, InterruptedException {
        Path script = Files.writeString(dir.resolve("items.lingo"), """
                type Item = { name: String, note: String }
                for i in 1..%d {
                  let item = extract Item from "item-{i}"
                  print(item.name)
                }
                """.formatted(ITEMS));
        List<String> command = new ArrayList<>(wrapper);
        command.addAll(List.of(LINGO.toString(), "run", "--progress", "off", script.toString()));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("OPENAI_BASE_URL", server.apiBase().toString());
        env.put("OPENAI_API_KEY", "sk-test-not-secret");
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.put("LINGO_PACKING", "off"); // one item per request, so the echo below answers it
        Process p = builder.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run ended");
        Run run = new Run(p.exitValue(), Files.readAllLines(out), Files.readString(err, StandardCharsets.UTF_8));
        assertFalse(run.err().contains("internal error"), run.err());
        assertEquals(0, run.exit(), run.err());
        assertEquals(expected(), run.out(), run.err());
        return run;
    }

    private static FakeOpenAiServer echoServer() {
        return echoServer(0);
    }

    /** Answers each item with its name, and a note of {@code noteLength} characters. */
    private static FakeOpenAiServer echoServer(int noteLength) {
        String note = "n".repeat(noteLength);
        return new FakeOpenAiServer().answerEach(request -> {
            String text = request.json().at("/messages/1/content").asText();
            return "{\"name\": \"" + text.substring(text.indexOf("item-")).split("\\s")[0] + "\", \"note\": \"" + note + "\"}";
        });
    }

    private static long warnings(Run run, String about) {
        return run.err().lines().filter(l -> l.startsWith("lingo: ") && l.contains(about)).count();
    }

    @Test
    void aDamagedCacheFileIsAWarningAndTheRunGoesOnWithoutIt() throws Exception {
        Files.createDirectories(cacheFile().getParent());
        byte[] junk = new byte[8192];
        new Random(11).nextBytes(junk);
        Files.write(cacheFile(), junk);
        try (FakeOpenAiServer server = echoServer()) {
            Run run = run(server, List.of());
            assertEquals(1, warnings(run, cacheFile() + " is damaged"), run.err());
            assertTrue(run.err().contains("mv " + cacheFile() + " " + cacheFile() + ".broken"), run.err());
            assertEquals(ITEMS, server.requests().size());
        }
        assertArrayEquals(junk, Files.readAllBytes(cacheFile()), "left as it was");
    }

    @Test
    void anAnswerEditedInTheCacheIsAskedAgainNotPrinted() throws Exception {
        try (FakeOpenAiServer server = echoServer()) {
            run(server, List.of());
            try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + cacheFile());
                 Statement s = c.createStatement()) {
                assertEquals(1, s.executeUpdate("UPDATE answers SET answer = '{\"name\": \"forged\", \"note\": \"\"}' WHERE answer LIKE '%\"item-3\"%'"));
            }
            Run second = run(server, List.of());
            assertEquals(ITEMS + 1, server.requests().size(), "only the edited answer was asked again");
            assertEquals(1, warnings(second, "does not match its checksum"), second.err());
            Run third = run(server, List.of());
            assertEquals(ITEMS + 1, server.requests().size(), "the new answer replaced the edited one");
            assertEquals(0, warnings(third, "checksum"), third.err());
        }
    }

    @Test
    void aDiskThatFillsUpMidRunIsAWarningAndEveryAnswerIsStillPrinted() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash, whose ulimit -f counts KiB (dash counts 512-byte blocks)");
        // 16 KiB answers and 48 KiB per file: room for the WAL index (32 KiB) and the schema, not for
        // the answers however many of them one transaction stores
        try (FakeOpenAiServer server = echoServer(16 * 1024)) {
            Run run = run(server, List.of("/bin/bash", "-c", "ulimit -f 48 && exec \"$@\"", "bash"));
            assertEquals(1, warnings(run, "Cannot store an answer in the answer cache " + cacheFile()), run.err());
            assertTrue(run.err().contains("This run goes on; its new answers are not stored."), run.err());
        }
    }
}
