package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteConfig;

/**
 * bin/lingo streaming a CSV through a model into JSON Lines, against a fake OpenAI server: a file
 * several times the heap runs in bounded memory, the output grows while the run goes on, the calls
 * overlap, and a run killed with SIGKILL resumes from the answer cache without asking again for an
 * answer it had received.
 */
class TablesIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").toAbsolutePath().normalize();
    private static final int ROWS = 1200;
    /** Each row carries this much text the model never sees: 1200 rows make a 120 MB file. */
    private static final int PADDING = 100_000;
    private static final String HEAP = "-Xmx48m";
    private static final Pattern TICKET = Pattern.compile("ticket-(\\d+)");

    @TempDir
    Path dir;

    private static final String SCRIPT = """
            type Triage = { ticket: String, urgent: Bool }
            let written = readCsv(args[0]).map(t -> extract Triage from t.body).writeJsonl(args[1])
            print("{written} rows")
            """;

    /** Answers each ticket with its own name, after {@code delay}. */
    private static FakeOpenAiServer triageServer(Duration delay) {
        return new FakeOpenAiServer().answerEach(request -> {
            Matcher m = TICKET.matcher(request.json().at("/messages/1/content").asText());
            assertTrue(m.find(), "the request names its ticket");
            return "{\"ticket\": \"" + m.group() + "\", \"urgent\": " + (Integer.parseInt(m.group(1)) % 3 == 0) + "}";
        }, delay);
    }

    private Path bigCsv() throws IOException {
        Path csv = dir.resolve("tickets.csv");
        String padding = "p".repeat(PADDING);
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("id,body,attachment\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write(i + ",\"ticket-" + i + ": the printer says \"\"PC LOAD LETTER\"\", again\"," + padding + "\n");
            }
        }
        return csv;
    }

    private Process start(FakeOpenAiServer server, Path csv, Path out) throws IOException {
        Path script = Files.writeString(dir.resolve("triage.lingo"), SCRIPT);
        ProcessBuilder builder = new ProcessBuilder(LINGO.toString(), "run", "--progress", "off", script.toString(),
                csv.toString(), out.toString()).directory(dir.toFile())
                .redirectOutput(dir.resolve("stdout.txt").toFile()).redirectError(dir.resolve("stderr.txt").toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("OPENAI_BASE_URL", server.apiBase().toString());
        env.put("OPENAI_API_KEY", "sk-test-not-secret");
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.put("LINGO_PACKING", "off"); // one ticket per request, so requests count tickets
        env.put("LINGO_JAVA_OPTS", HEAP);
        return builder.start();
    }

    private String stderr() throws IOException {
        return Files.readString(dir.resolve("stderr.txt"));
    }

    private static long lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var s = Files.lines(file)) {
            return s.count();
        }
    }

    private static List<String> expected() {
        return IntStream.rangeClosed(1, ROWS)
                .mapToObj(i -> "{\"ticket\":\"ticket-" + i + "\",\"urgent\":" + (i % 3 == 0) + "}").toList();
    }

    @Test
    void aFileLargerThanTheHeapStreamsThroughConcurrentCallsAndTheOutputGrowsAsAnswersArrive() throws Exception {
        Path csv = bigCsv();
        assertTrue(Files.size(csv) > 2L * 48 * 1024 * 1024, "the input is more than twice the heap");
        Path out = dir.resolve("out.jsonl");
        try (FakeOpenAiServer server = triageServer(Duration.ofMillis(20))) {
            long started = System.nanoTime();
            Process p = start(server, csv, out);
            List<Long> seen = new ArrayList<>();
            while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
                seen.add(lines(out));
            }
            assertEquals(0, p.exitValue(), stderr());
            assertEquals(ROWS + " rows", Files.readString(dir.resolve("stdout.txt")).strip(), stderr());
            assertEquals(expected(), Files.readAllLines(out), "every row, in input order");
            assertTrue(seen.stream().anyMatch(n -> n > 0 && n < ROWS),
                    "rows were on disk while the run went on: " + seen.stream().distinct().toList());
            assertEquals(ROWS, server.requests().size(), "one request per ticket");
            assertTrue(server.maxConcurrent() > 1, "calls overlapped: at most " + server.maxConcurrent() + " at once");
            System.out.printf("TablesIT: %d rows, %d MB with %s: %d ms, at most %d calls at once, rows on disk while running: %s%n",
                    ROWS, Files.size(csv) >> 20, HEAP, (System.nanoTime() - started) / 1_000_000, server.maxConcurrent(),
                    seen.stream().distinct().toList());
        }
    }

    @Test
    void aRunKilledMidwayResumesFromTheCacheAndAsksOnlyForAnswersItNeverReceived() throws Exception {
        Path csv = bigCsv();
        Path out = dir.resolve("out.jsonl");
        try (FakeOpenAiServer server = triageServer(Duration.ofMillis(20))) {
            Process first = start(server, csv, out);
            while (lines(out) < ROWS / 3 && first.isAlive()) {
                Thread.sleep(10);
            }
            assertTrue(first.isAlive(), "the first run was still going when it was killed: " + stderr());
            first.destroyForcibly(); // SIGKILL: bin/lingo execs java, so this is the JVM itself
            first.waitFor();
            int askedBeforeKill = server.requests().size();
            int stored = storedAnswers();
            assertTrue(stored >= ROWS / 3, "every answer written out was stored: " + stored);

            Process second = start(server, csv, out);
            assertTrue(second.waitFor(2, TimeUnit.MINUTES), "the rerun ended");
            assertEquals(0, second.exitValue(), stderr());
            assertEquals(expected(), Files.readAllLines(out), "the rerun's output is complete and in order");

            Map<String, Long> asks = server.requests().stream()
                    .map(r -> ticketOf(r.json().at("/messages/1/content").asText()))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertEquals(ROWS, asks.size(), "every ticket was asked");
            long askedTwice = asks.values().stream().filter(n -> n > 1).count();
            assertTrue(asks.values().stream().allMatch(n -> n <= 2), "no ticket asked three times");
            assertEquals(askedBeforeKill - stored, askedTwice,
                    "only the calls in flight at the kill (asked, never answered) were asked again");
            assertEquals(ROWS + askedBeforeKill - stored, server.requests().size());
            System.out.printf("TablesIT: killed after %d answers stored (%d asked); the rerun asked %d%n",
                    stored, askedBeforeKill, server.requests().size() - askedBeforeKill);
        }
    }

    private static String ticketOf(String prompt) {
        Matcher m = TICKET.matcher(prompt);
        assertTrue(m.find());
        return m.group();
    }

    private int storedAnswers() throws Exception {
        try (Connection c = new SQLiteConfig().createConnection("jdbc:sqlite:" + dir.resolve("cache/answers.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM answers")) {
            r.next();
            return r.getInt(1);
        }
    }
}
