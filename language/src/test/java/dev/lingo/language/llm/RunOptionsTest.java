package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The run options of model calls as an embedder sets them: dry run, budgets, the cache switch. */
class RunOptionsTest {

    private static final String TWO_CALLS = """
                    let a = classify "the app crashes" as "bug" | "billing"
                    let b = classify "refund me" as "bug" | "billing"
                    "{a} {b}"
                    """;

    /** Answers by content, since calls in flight together reach the server in any order. */
    private static String label(dev.lingo.vm.testing.RecordedRequest request) {
        return request.body().contains("crashes") ? "\"bug\"" : "\"billing\"";
    }

    private static Context.Builder context(FakeOpenAiServer server, Path cache, ByteArrayOutputStream err) {
        return Context.newBuilder("lingo").err(err).allowIO(IOAccess.ALL)
                        .environment("OPENAI_BASE_URL", server.apiBase().toString())
                        .environment("LINGO_CACHE_DIR", cache.toString())
                        .environment("LINGO_PACKING", "off");
    }

    @Test
    void aDryRunCallsNoModelAndEstimatesTheNamedOne(@TempDir Path cache) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            try (Context c = context(server, cache, err).option("lingo.DryRun", "true").build()) {
                assertEquals("bug billing", c.eval("lingo", TWO_CALLS).asString());
            }
            assertEquals(0, server.requests().size());
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("dry run") && stderr.contains("openai:gpt-4o-mini: 2 calls"), stderr);
    }

    @Test
    void aDryRunGivesWhatTheCacheHoldsAndEstimatesOnlyTheRest(@TempDir Path cache) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(request -> "\"billing\""); // not what the offline stand-in would say for a crash
            try (Context c = context(server, cache, new ByteArrayOutputStream()).build()) {
                assertEquals("billing", c.eval("lingo", "classify \"the app crashes\" as \"bug\" | \"billing\"").asString());
            }
            assertEquals(1, server.requests().size());
            try (Context c = context(server, cache, err).option("lingo.DryRun", "true").build()) {
                assertEquals("billing billing", c.eval("lingo", TWO_CALLS).asString(), "the cached answer, then the stand-in's");
            }
            assertEquals(1, server.requests().size(), "the dry run called nothing");
        }
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertTrue(stderr.contains("1 answer from the answer cache") && stderr.contains("openai:gpt-4o-mini: 1 call,"), stderr);
    }

    @Test
    void anEmbedderReadsWhatTheRunHasSpentFromModelUsage(@TempDir Path cache) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(RunOptionsTest::label);
            // reading both answers first (str reads; interpolation alone would not): calls still under way count as pending
            String spent = TWO_CALLS.replace("\"{a} {b}\"", "let both = str(a) + str(b)\nlet u = modelUsage()\n"
                            + "[a, b, u.calls, u.tokensIn, u.cost, u.fromCache, u.pending]");
            try (Context c = context(server, cache, new ByteArrayOutputStream()).build()) {
                Value first = c.eval("lingo", spent);
                assertEquals(2, first.getArrayElement(2).asLong(), first.toString());
                assertTrue(first.getArrayElement(3).asLong() > 0, first.toString());
                assertTrue(first.getArrayElement(4).asDouble() > 0, "gpt-4o-mini has a list price: " + first);
                assertEquals(0, first.getArrayElement(5).asLong());
                assertEquals(0, first.getArrayElement(6).asLong(), "both answers were read");
            }
            try (Context c = context(server, cache, new ByteArrayOutputStream()).build()) {
                Value again = c.eval("lingo", spent);
                assertEquals("bug", again.getArrayElement(0).asString());
                assertEquals(0, again.getArrayElement(2).asLong(), "a new run answered from the cache calls nothing");
                assertEquals(0.0, again.getArrayElement(4).asDouble());
                assertEquals(2, again.getArrayElement(5).asLong(), again.toString());
            }
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void aCallBudgetStopsTheCallThatWouldPassIt(@TempDir Path cache) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(RunOptionsTest::label);
            try (Context c = context(server, cache, new ByteArrayOutputStream()).option("lingo.MaxCalls", "1").build()) {
                String result = c.eval("lingo", """
                                let a = classify "the app crashes" as "bug" | "billing"
                                print(a)
                                let b = classify "refund me" as "bug" | "billing"
                                try { b } catch e { e.kind }
                                """).asString();
                assertEquals("ModelBudgetError", result);
            }
            assertEquals(1, server.requests().size());
        }
    }

    @Test
    void aCallBudgetGoesToTheFirstItemsOfAMapWithManyCallsInFlight(@TempDir Path cache) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(request -> "\"bug\"", java.time.Duration.ofMillis(30));
            server.rejectAbove(8, java.time.Duration.ofMillis(10)); // 429s while the scheduler learns the limit: not calls of the budget
            try (Context c = context(server, cache, new ByteArrayOutputStream()).option("lingo.MaxCalls", "50").build()) {
                Value kinds = c.eval("lingo", """
                                let items = range(0, 200).map(i -> "ticket number {i}")
                                let labels = items.map(t -> classify t as "bug" | "billing")
                                labels.map(l -> try { str(l) } catch e { e.kind })
                                """);
                assertEquals(200, kinds.getArraySize());
                for (int i = 0; i < 200; i++) {
                    assertEquals(i < 50 ? "bug" : "ModelBudgetError", kinds.getArrayElement(i).asString(), "item " + i);
                }
            }
            assertEquals(50, server.requests().size() - server.rejected(), "rejected " + server.rejected() + ", most at once " + server.maxConcurrent());
        }
    }

    @Test
    void theCacheAnswersASecondRunUnlessItIsOff(@TempDir Path cache) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerEach(RunOptionsTest::label);
            for (int run = 0; run < 2; run++) {
                try (Context c = context(server, cache, new ByteArrayOutputStream()).build()) {
                    assertEquals("bug billing", c.eval("lingo", TWO_CALLS).asString());
                }
            }
            assertEquals(2, server.requests().size(), "the second run must come from the cache");
            try (Context c = context(server, cache, new ByteArrayOutputStream()).option("lingo.Cache", "off").build()) {
                assertEquals("bug billing", c.eval("lingo", TWO_CALLS).asString());
            }
            assertEquals(4, server.requests().size(), "with the cache off both calls go out again");
        }
    }
}
