package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.ScriptedReply;
import dev.lingo.vm.types.LingoType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import dev.lingo.vm.call.TypedAnswer;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An endpoint that keeps failing is not called until its cool-down ends; fallback moves on at once. */
class BreakerTest {

    @Test
    void opensAfterRequestsFailInARowThenAFailedProbeMakesItFailFastUntilAProbeClosesIt(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, """
                {"circuitBreaker": {"failureThreshold": 3, "coolDownMs": 300},
                 "retry": {"maxAttempts": 2, "baseDelayMs": 1, "maxDelayMs": 2}}""")) {
            ModelSpec spec = MachineRig.openAi(server);
            for (int i = 0; i < 6; i++) {
                server.error(500, "boom");
            }
            assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 0));
            assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 1), "two requests, four failed attempts: still closed");
            long started = System.nanoTime();
            // the third request's failure opens the breaker; with no model to fall back to, its retry
            // waits for the cool-down and goes as the probe, which fails too
            assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 2));
            assertTrue(System.nanoTime() - started >= 250_000_000L, "the retry waited for the cool-down");
            assertEquals(6, server.requests().size());

            CircuitOpenException e = assertThrows(CircuitOpenException.class, () -> rig.ask(spec, 3),
                    "a probe failed since the breaker opened: the endpoint is down, so even a last model fails fast");
            assertTrue(e.getMessage().contains("circuit breaker open"), e.getMessage());
            assertTrue(e.getMessage().contains("(last: openai: server error (HTTP 500): boom)"), e.getMessage());
            assertEquals("ModelProviderError", e.kind());
            assertEquals(6, server.requests().size(), "no request while open");
            assertEquals("OPEN", rig.machine.endpoints().getFirst().breaker());

            Thread.sleep(350); // the cool-down
            server.answer("{\"value\": 1}").answer("{\"value\": 2}");
            assertEquals(1, rig.ask(spec, 4).value().asInt());
            assertEquals(2, rig.ask(spec, 5).value().asInt());
            assertEquals("CLOSED", rig.machine.endpoints().getFirst().breaker());
            assertEquals(8, server.requests().size());
        }
    }

    @Test
    void aMomentOfFailuresDoesNotFailTheCallsQueuedBehindItWhenNothingCanFallBack(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, """
                {"circuitBreaker": {"failureThreshold": 2, "coolDownMs": 200}, "limits": {"openai": {"maxConcurrent": 2}},
                 "retry": {"maxAttempts": 1}}""")) {
            server.error(500, "cold start").error(500, "cold start");
            server.answerAlways("{\"value\": 7}", Duration.ZERO);
            ModelSpec spec = MachineRig.openAi(server);
            List<CompletableFuture<TypedAnswer>> calls = rig.submitAll(spec, 12);
            long failed = calls.stream().filter(f -> {
                try {
                    f.join();
                    return false;
                } catch (RuntimeException ex) {
                    return true;
                }
            }).count();
            assertEquals(2, failed, "only the two requests the server failed; the ten behind them waited for the probe");
            assertEquals("CLOSED", rig.machine.endpoints().getFirst().breaker());
            assertEquals(12, server.requests().size());
        }
    }

    @Test
    void oneItemThatAlwaysFailsDoesNotFailTheItemsAfterIt(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + ", \"packing\": {\"enabled\": false}}")) {
            server.errorWhenAsked("Order 5 totals", 500, "this item crashes the server").answerAlways("{\"value\": 7}", Duration.ZERO);
            Map<Integer, String> failed = new TreeMap<>();
            for (int i = 0; i < 40; i++) { // one at a time, as a loop of extracts runs
                try {
                    assertEquals(7, rig.machine.run(List.of(MachineRig.openAi(server)), order(i), CallOptions.NONE).value().asInt());
                } catch (ModelCallException e) {
                    failed.put(i, e.getClass().getSimpleName());
                }
            }
            assertEquals(Map.of(5, "RetriesExhaustedException"), failed,
                    "item 5's five attempts count as one failure: the breaker stays closed for items 6 to 39");
            assertEquals(39 + 5, server.requests().size());
            assertEquals("CLOSED", rig.machine.endpoints().getFirst().breaker());
        }
    }

    @Test
    void unreadableAnswersDoNotOpenTheBreaker(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, """
                {"circuitBreaker": {"failureThreshold": 2}, "retry": {"maxAttempts": 2, "baseDelayMs": 1, "maxDelayMs": 2},
                 "packing": {"enabled": false}}""")) {
            ScriptedReply garbled = ScriptedReply.of(200, "<html>a proxy's error page</html>").withHeader("content-type", "text/html");
            server.answerAlways("{\"value\": 7}", Duration.ZERO);
            server.when(request -> request.body().contains("Order 1 totals") || request.body().contains("Order 2 totals"), garbled);
            ModelSpec spec = MachineRig.openAi(server);
            assertEquals(7, rig.machine.run(List.of(spec), order(0), CallOptions.NONE).value().asInt());
            for (int i = 1; i <= 2; i++) {
                int item = i;
                RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class,
                        () -> rig.machine.run(List.of(spec), order(item), CallOptions.NONE));
                assertInstanceOf(MalformedResponseException.class, e.last());
            }
            assertEquals(7, rig.machine.run(List.of(spec), order(3), CallOptions.NONE).value().asInt(),
                    "an unreadable answer is about that answer, not the server");
            assertEquals("CLOSED", rig.machine.endpoints().getFirst().breaker());
            assertEquals(6, server.requests().size());
        }
    }

    private static Opcode order(int i) {
        return Opcode.extract(LingoType.INT, "Order " + i + " totals " + (40 + i) + " euros, paid by card.");
    }

    @Test
    void anOpenBreakerSendsTheChainToTheNextModelWithoutCallingIt(@TempDir Path dir) {
        try (FakeOpenAiServer openai = new FakeOpenAiServer(); FakeOllamaServer ollama = new FakeOllamaServer();
                MachineRig rig = new MachineRig(dir, "{\"circuitBreaker\": {\"failureThreshold\": 1}, \"retry\": {\"maxAttempts\": 1}}")) {
            openai.error(500, "down");
            List<ModelSpec> chain = List.of(MachineRig.openAi(openai),
                    new ModelSpec("ollama", "llama3.2", Map.of("baseUrl", ollama.baseUrl().toString())));
            for (int i = 0; i < 3; i++) {
                ollama.answer(Integer.toString(i));
                assertEquals(i, rig.machine.run(chain, MachineRig.question(i), CallOptions.NONE).value().asInt());
            }
            assertEquals(1, openai.requests().size());
            assertEquals(3, ollama.requests().size());
            assertEquals(1, rig.notices.size(), "one fallback notice per pair of models, not per call: " + rig.notices);
            assertTrue(rig.notices.getFirst().contains("falling back to ollama:llama3.2"), rig.notices.getFirst());
        }
    }
}
