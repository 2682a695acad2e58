package dev.lingo.language.tables;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A stream's walk keeps the model calls of the coming records in flight while it waits, in a
 * {@code for} loop, a filter and a writer alike, and starts none past a {@code take}. Over real
 * HTTP to a fake OpenAI server.
 */
class StreamLookaheadTest {

    private static final Duration LATENCY = Duration.ofMillis(100);

    /** {@code item N} is even or odd by N. */
    private static String answer(RecordedRequest request) {
        Matcher m = Pattern.compile("item (\\d+)").matcher(request.body());
        int n = 0;
        while (m.find()) {
            n = Integer.parseInt(m.group(1));
        }
        if (request.body().contains("\"n\":{")) {
            return "{\"n\": " + n + "}";
        }
        return n % 2 == 0 ? "true" : "false";
    }

    private static long run(String program, Path project, FakeOpenAiServer server) throws IOException {
        Files.writeString(project.resolve("items.csv"), "id,text\n"
                        + IntStream.range(0, 24).mapToObj(i -> i + ",item " + i).collect(Collectors.joining("\n")) + "\n");
        Files.writeString(project.resolve("lingo.json"), "{\"limits\": {\"openai\": {\"maxConcurrent\": 8}}, \"packing\": {\"enabled\": false}}");
        try (Context c = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).allowIO(IOAccess.ALL).currentWorkingDirectory(project)
                        .environment("OPENAI_BASE_URL", server.apiBase().toString())
                        .environment("OPENAI_API_KEY", "sk-test")
                        .environment("LINGO_MODEL", "openai:gpt-4o-mini")
                        .environment("LINGO_CACHE_DIR", project.resolve("cache").toString())
                        .build()) {
            return c.eval("lingo", program).asLong();
        }
    }

    @Test
    void aForLoopOverAStreamThatReadsEachAnswerHasTheComingCallsInFlight(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(StreamLookaheadTest::answer, LATENCY);
            long n = run("""
                            var n = 0
                            for t in readCsv("items.csv") {
                              if check "it is an even item" on t.text { n += 1 }
                            }
                            n""", project, server);
            assertEquals(12, n);
            assertEquals(24, server.requests().size(), "each call once: the loop took the calls started ahead");
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
        }
    }

    @Test
    void aFilterWithCheckOnAStreamHasTheChecksInFlightTogether(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(StreamLookaheadTest::answer, LATENCY);
            long n = run("""
                            type N = { n: Int }
                            readCsv("items.csv").filter(t -> check "it is an even item" on t.text)
                              .map(t -> extract N from t.text).writeJsonl("even.jsonl")""", project, server);
            assertEquals(12, n);
            assertEquals(36, server.requests().size(), "24 checks and 12 extracts, each once");
            assertTrue(server.maxConcurrent() >= 6, "in flight at once: " + server.maxConcurrent());
            assertEquals(IntStream.range(0, 12).mapToObj(i -> "{\"n\":" + 2 * i + "}").toList(), Files.readAllLines(project.resolve("even.jsonl")));
        }
    }

    @Test
    void noCallStartsForARecordPastATake(@TempDir Path project) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(StreamLookaheadTest::answer, LATENCY);
            long n = run("""
                            type N = { n: Int }
                            readCsv("items.csv").map(t -> extract N from t.text).take(5).writeJsonl("five.jsonl")""", project, server);
            assertEquals(5, n);
            assertEquals(5, server.requests().size());
            assertTrue(server.maxConcurrent() >= 4, "in flight at once: " + server.maxConcurrent());
        }
    }
}
