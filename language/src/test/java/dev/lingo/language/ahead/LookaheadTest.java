package dev.lingo.language.ahead;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code that reads each answer before the next opcode (filter, for loops, cascades, chains) still
 * has its calls in flight together, with the sequential result; what was started ahead and not
 * needed is cancelled before it is sent. Over real HTTP to a fake OpenAI server.
 */
class LookaheadTest {

    private static final Duration LATENCY = Duration.ofMillis(150);
    private static final String ITEMS = "let xs = (0..23).map(i -> \"item {i}\")\n";

    /** {@code item N} is even or odd by N; a gen restates the item; an extract gives its number. */
    private static String answer(RecordedRequest request) {
        int n = itemNumber(request);
        String body = request.body();
        if (body.contains("\"n\":{")) {
            return "{\"n\": " + n + "}";
        } else if (body.contains("\"even\"") && body.contains("\"odd\"")) {
            return n % 2 == 0 ? "\"even\"" : "\"odd\"";
        } else if (body.contains("restate")) {
            return "\"it is item " + n + "\"";
        }
        return n % 2 == 0 ? "true" : "false";
    }

    private static int itemNumber(RecordedRequest request) {
        Matcher m = Pattern.compile("item (\\d+)").matcher(request.body());
        int n = 0;
        while (m.find()) {
            n = Integer.parseInt(m.group(1));
        }
        return n;
    }

    private static Context context(FakeOpenAiServer server, Path project, ByteArrayOutputStream err) {
        return Context.newBuilder("lingo").err(err).allowIO(IOAccess.ALL).currentWorkingDirectory(project)
                        .environment("OPENAI_BASE_URL", server.apiBase().toString())
                        .environment("OPENAI_API_KEY", "sk-test")
                        .environment("LINGO_MODEL", "openai:gpt-4o-mini")
                        .environment("LINGO_CACHE_DIR", project.resolve("cache").toString())
                        .option("lingo.Summary", "true")
                        .build();
    }

    private static long run(String program, Path project, int maxConcurrent, FakeOpenAiServer server, ByteArrayOutputStream err)
                    throws IOException {
        Files.writeString(project.resolve("lingo.json"), "{\"limits\": {\"openai\": {\"maxConcurrent\": " + maxConcurrent
                        + "}}, \"packing\": {\"enabled\": false}}");
        try (Context c = context(server, project, err)) {
            return c.eval("lingo", program).asLong();
        }
    }

    @Test
    void filterWithCheckHasTheChecksInFlightTogether(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            long evens = run(ITEMS + "xs.filter(x -> check \"it is an even item\" on x).size", project, 8, server, new ByteArrayOutputStream());
            assertEquals(12, evens);
            assertEquals(24, server.requests().size());
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
        }
    }

    @Test
    void aForLoopThatReadsEachAnswerStartsTheNextIterationsCalls(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long n = run(ITEMS + """
                            var n = 0
                            for x in xs {
                              let label = classify x as "even" | "odd"
                              if label == "even" { n += 1 }
                            }
                            n""", project, 8, server, err);
            assertEquals(12, n);
            assertEquals(24, server.requests().size(), "each call once: the loop took the calls started ahead");
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("started ahead"), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void callsStartedAheadInsideAContextBlockAreTheOnesTheLoopTakes(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            long n = run(ITEMS + """
                            var n = 0
                            context "Items are numbered." {
                              for x in xs {
                                if (classify x as "even" | "odd") == "even" { n += 1 }
                              }
                            }
                            n""", project, 8, server, new ByteArrayOutputStream());
            assertEquals(12, n);
            assertEquals(24, server.requests().size(), "each call once: the context is part of what is matched");
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
        }
    }

    @Test
    void aCallStartedAheadWithAValueTheLoopChangesIsAskedAgainAndCountedAsNotNeeded(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long n = run("""
                            var offset = 0
                            var n = 0
                            for i in 0..5 {
                              if (check "it is an even item" on "item {i + offset}") { n += 1 }
                              offset += 10
                            }
                            n""", project, 8, server, err);
            assertEquals(3, n, "the sequential result: items 0, 11, 22, 33, 44, 55");
            String summary = err.toString(StandardCharsets.UTF_8);
            assertTrue(summary.contains("not needed"), summary);
        }
    }

    @Test
    void addingUpHundredsOfAnswersOnTheirWayNeitherWaitsEachTimeNorBuildsALongChain(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            long total = run("""
                            type N = {n: Int}
                            let xs = (0..299).map(i -> extract N from "item {i}")
                            var total = 0
                            for x in xs { total += x.n }
                            total""", project, 64, server, new ByteArrayOutputStream());
            assertEquals(299 * 300 / 2, total);
            assertEquals(300, server.requests().size());
        }
    }

    @Test
    void aLoopThatPrintsBeforeItsOpcodeStillRunsAhead(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            long n = run(ITEMS + """
                            var n = 0
                            for x in xs {
                              print("asking about {x}")
                              if (classify x as "even" | "odd") == "even" { n += 1 }
                            }
                            n""", project, 8, server, new ByteArrayOutputStream());
            assertEquals(12, n);
            assertEquals(24, server.requests().size());
            assertTrue(server.maxConcurrent() >= 6, "running ahead skips the output: " + server.maxConcurrent());
        }
    }

    @Test
    void aCascadeInMapAndAChainRunConcurrently(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, LATENCY);
            long sum = run(ITEMS + """
                            type N = {n: Int}
                            let picked = xs.map(x -> if check "it is an even item" on x { extract N from x } else { null })
                            let chained = xs.map(x -> extract N from (gen String from "restate {x}"))
                            picked.filter(p -> p != null).map(p -> p.n).reduce(0, (a, b) -> a + b)
                              + chained.map(c -> c.n).reduce(0, (a, b) -> a + b)""", project, 8, server, new ByteArrayOutputStream());
            assertEquals(132 + 276, sum);
            assertEquals(24 + 12 + 48, server.requests().size());
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
        }
    }

    @Test
    void anyWhoseTenthElementMatchesRunsOnlyItsWindowAhead(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(r -> itemNumber(r) == 10 ? "true" : "false", LATENCY);
            long found = run("let xs = (1..200).map(i -> \"item {i}\")\n"
                            + "if xs.any(x -> check \"it is the tenth item\" on x) { 1 } else { 0 }", project, 4, server,
                            new ByteArrayOutputStream());
            assertEquals(1, found);
            // the ten it needs, and at most its window (the concurrency, 4) ahead of the tenth
            assertTrue(server.requests().size() >= 10 && server.requests().size() <= 10 + 4, "requests sent: " + server.requests().size());
        }
    }

    @Test
    void aBreakCancelsTheCallsStartedAheadThatWereNotSent(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            // one at a time, a second each: the loop has a second to break before the call queued behind it goes out
            server.answerEach(LookaheadTest::answer, Duration.ofSeconds(1));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long at = run(ITEMS + """
                            let warm = str(classify "item 100" as "even" | "odd")
                            var at = -1
                            for i, x in xs {
                              if (classify x as "even" | "odd") == "even" {
                                at = i
                                break
                              }
                            }
                            at""", project, 1, server, err);
            assertEquals(0, at);
            String summary = err.toString(StandardCharsets.UTF_8);
            // the warm call, item 0 and at most the one call queued behind it (sent as item 0's answer
            // frees the slot); a call started ahead never takes the slot item 0 is on its way to
            assertTrue(server.requests().size() <= 1 + 2, "requests sent: " + server.requests().stream().map(LookaheadTest::itemNumber).toList()
                            + "; " + summary);
            assertTrue(summary.contains("cancelled before sending"), summary);
        }
    }

    @Test
    void withPrefetchOffAFilterAsksOneAtATime(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(LookaheadTest::answer, Duration.ofMillis(20));
            Files.writeString(project.resolve("lingo.json"), "{\"prefetch\": false, \"packing\": {\"enabled\": false}}");
            try (Context c = context(server, project, new ByteArrayOutputStream())) {
                assertEquals(4, c.eval("lingo", "let xs = (0..7).map(i -> \"item {i}\")\n"
                                + "xs.filter(x -> check \"it is an even item\" on x).size").asLong());
            }
            assertEquals(1, server.maxConcurrent());
        }
    }
}
