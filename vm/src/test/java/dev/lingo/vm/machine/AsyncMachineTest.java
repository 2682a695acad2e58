package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.schedule.RunProgress;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.types.LingoType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** submit returns at once; progress tells where the run stands; closing ends what still waits. */
class AsyncMachineTest {

    private static ModelSpec spec(FakeOpenAiServer server) {
        return new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString()));
    }

    @Test
    void submitReturnsBeforeTheAnswerAndProgressFollowsTheRun(@TempDir Path dir) {
        List<RunProgress> seen = Collections.synchronizedList(new ArrayList<>());
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            server.answerAlways("{\"value\": 5}", Duration.ZERO);
            server.hold();
            machine.onProgress(seen::add);
            CompletableFuture<TypedAnswer> a = machine.submit(List.of(spec(server)), Opcode.gen("One?", LingoType.INT), CallOptions.NONE);
            CompletableFuture<TypedAnswer> b = machine.submit(List.of(spec(server)), Opcode.gen("Two?", LingoType.INT), CallOptions.NONE);
            Eventually.until(() -> machine.progress().inFlight() == 2, () -> "two requests out: " + machine.progress());
            assertFalse(a.isDone() || b.isDone(), "the server has not answered yet");
            RunProgress waiting = machine.progress();
            assertEquals(2, waiting.submitted());
            assertEquals(2, waiting.pending());
            server.release();
            assertEquals(5, a.join().value().asInt());
            assertEquals(5, b.join().value().asInt());
            RunProgress end = machine.progress();
            assertEquals(2, end.done());
            assertEquals(0, end.inFlight());
            assertTrue(end.finished());
            assertEquals(end, seen.getLast(), "listeners saw the last change");
            assertEquals(0, end.cacheHits());
        }
    }

    @Test
    void anAnswerTheCacheHoldsInMemoryIsGivenBeforeSubmitReturns(@TempDir Path dir) {
        Map<String, String> env = Map.of("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = new ModelMachine(env, dir, n -> { })) {
            server.answerAlways("{\"value\": 5}", Duration.ZERO);
            Opcode question = Opcode.gen("Five?", LingoType.INT);
            assertEquals(5, machine.submit(List.of(spec(server)), question, CallOptions.NONE).join().value().asInt());
            server.hold(); // a request from now on would wait: only the cache can answer at once
            CompletableFuture<TypedAnswer> again = machine.submit(List.of(spec(server)), question, CallOptions.NONE);
            assertTrue(again.isDone(), "answered on the caller's thread, no worker");
            assertEquals(5, again.join().value().asInt());
            assertEquals(1, server.requests().size());
            RunProgress end = machine.progress();
            assertEquals(1, end.cacheHits());
            assertEquals(2, end.done());
            assertTrue(end.finished());
        }
    }

    @Test
    void theSummarySaysWhatWasSharedAndWhatWasSentAgain(@TempDir Path dir) {
        Map<String, String> env = Map.of("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = new ModelMachine(env, dir, n -> { })) {
            server.rateLimited("0");
            server.answerAlways("{\"value\": 5}", Duration.ofMillis(800)); // long enough for the twin to find it in flight
            Opcode question = Opcode.gen("Five?", LingoType.INT);
            CompletableFuture<TypedAnswer> a = machine.submit(List.of(spec(server)), question, CallOptions.NONE);
            CompletableFuture<TypedAnswer> b = machine.submit(List.of(spec(server)), question, CallOptions.NONE);
            assertEquals(5, a.join().value().asInt());
            assertEquals(5, b.join().value().asInt());
            assertEquals(2, server.requests().size(), "one 429, then one answer for both");
            String summary = machine.summary();
            assertTrue(summary.contains("; 1 answer shared with an identical call in flight"), summary);
            assertTrue(summary.contains("; 1 request sent again after a rate limit or server error"), summary);
        }
    }

    @Test
    void closingTheMachineFailsWhatIsStillWaiting(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.hold();
            ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { });
            CompletableFuture<TypedAnswer> pending = machine.submit(List.of(spec(server)), Opcode.gen("Slow?", LingoType.INT), CallOptions.NONE);
            Eventually.until(() -> server.requests().size() == 1, () -> "the request to arrive");
            machine.close();
            CompletionException e = assertThrows(CompletionException.class, pending::join);
            assertInstanceOf(dev.lingo.vm.ModelCallException.class, e.getCause());
            CompletableFuture<TypedAnswer> late = machine.submit(List.of(spec(server)), Opcode.gen("Late?", LingoType.INT), CallOptions.NONE);
            assertInstanceOf(IllegalStateException.class, assertThrows(CompletionException.class, late::join).getCause());
        }
    }

    @Test
    void aBadDefaultModelFailsTheFutureNotTheCaller(@TempDir Path dir) {
        try (ModelMachine machine = new ModelMachine(Map.of("LINGO_MODEL", "gpt-4o"), dir, n -> { })) {
            CompletableFuture<TypedAnswer> f = machine.submit(List.of(), Opcode.gen("Hi", LingoType.STRING), CallOptions.NONE);
            IllegalArgumentException e = assertInstanceOf(IllegalArgumentException.class, assertThrows(CompletionException.class, f::join).getCause());
            assertTrue(e.getMessage().contains("provider:model"), e.getMessage());
            assertEquals(1, machine.progress().failed());
        }
    }
}
