package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeModelServer.Arrival;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 429s: Retry-After (or, without one, the rate-limit headers) pauses the endpoint for everyone, a
 * success that uses up a limit holds the next requests, and demand above a server's cap loses nothing.
 */
class RateLimitTest {

    @Test
    void aRetryAfterPausesTheWholeEndpointNotJustTheOneRequest(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.rateLimited("0.4"); // seconds
            server.answerAlways("{\"value\": 1}", Duration.ZERO);
            ModelSpec spec = MachineRig.openAi(server);
            CompletableFuture<TypedAnswer> first = rig.machine.submit(List.of(spec), MachineRig.question(100), dev.lingo.vm.machine.CallOptions.NONE);
            Eventually.until(() -> rig.machine.endpoints().stream().anyMatch(e -> !e.pausedFor().isZero()),
                    () -> "the endpoint to pause: " + rig.machine.endpoints());
            List<CompletableFuture<TypedAnswer>> later = rig.submitAll(spec, 6); // other questions, after the 429
            assertEquals(1, first.join().value().asInt());
            later.forEach(CompletableFuture::join);
            List<Arrival> arrivals = server.arrivals();
            assertEquals(8, arrivals.size(), "the 429, its retry and six more");
            long rejectedAt = arrivals.getFirst().nanos();
            for (Arrival a : arrivals.subList(1, arrivals.size())) {
                assertTrue(a.nanos() - rejectedAt >= 400_000_000L, "a request went out "
                        + (a.nanos() - rejectedAt) / 1_000_000 + " ms after the 429 asked for 400 ms");
            }
            assertEquals(1, rig.machine.progress().retries());
        }
    }

    @Test
    void a429WithoutRetryAfterWaitsUntilTheRateLimitHeadersSayTheLimitResets(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.rateLimitedUntilReset("300ms").answer("{\"value\": 1}");
            assertEquals(1, rig.ask(MachineRig.openAi(server), 0).value().asInt());
            assertAtLeastApart(server.arrivals(), 0, 1, 300);
            assertEquals(1, rig.machine.progress().retries());
        }
    }

    @Test
    void aSuccessThatUsesUpTheLimitHoldsTheNextRequestUntilItResets(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.answerUsingUpRequests("{\"value\": 1}", "400ms").answer("{\"value\": 2}");
            ModelSpec spec = MachineRig.openAi(server);
            assertEquals(1, rig.ask(spec, 0).value().asInt());
            assertEquals(2, rig.ask(spec, 1).value().asInt());
            assertAtLeastApart(server.arrivals(), 0, 1, 400);
            assertEquals(0, rig.machine.progress().retries(), "the wait came before the request, not after a 429");
        }
    }

    @Test
    void anAnthropicSuccessThatUsesUpTheLimitHoldsTheNextRequestUntilTheResetTime(@TempDir Path dir) {
        try (FakeAnthropicServer server = new FakeAnthropicServer();
                MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            long scripted = System.nanoTime();
            server.toolAnswerUsingUpRequests("{\"value\": 1}", Instant.now().plusMillis(700)).toolAnswer("{\"value\": 2}");
            ModelSpec spec = MachineRig.anthropic(server);
            assertEquals(1, rig.ask(spec, 0).value().asInt());
            assertEquals(2, rig.ask(spec, 1).value().asInt());
            long sinceScripted = server.arrivals().get(1).nanos() - scripted;
            // 650, not 700: the reset is a wall-clock time, the arrival a System.nanoTime()
            assertTrue(sinceScripted >= 650_000_000L, "the second request went out " + sinceScripted / 1_000_000
                    + " ms after the first answer said the limit resets in 700 ms");
        }
    }

    /** Request {@code later} arrived at least {@code millis} after request {@code earlier}. */
    private static void assertAtLeastApart(List<Arrival> arrivals, int earlier, int later, long millis) {
        assertEquals(later + 1, arrivals.size(), "requests the server saw");
        long gap = arrivals.get(later).nanos() - arrivals.get(earlier).nanos();
        assertTrue(gap >= millis * 1_000_000L, "request " + later + " went out " + gap / 1_000_000 + " ms after request "
                + earlier + ", not the " + millis + " ms the rate-limit headers asked for");
    }

    @Test
    void demandAboveTheServersCapLosesNoCall(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"openai\": {\"maxConcurrent\": 16}}, " + MachineRig.FAST_RETRY + "}")) {
            server.rejectAbove(4, Duration.ofMillis(30));
            server.answerAlways("{\"value\": 5}", Duration.ofMillis(20));
            List<CompletableFuture<TypedAnswer>> answers = rig.submitAll(MachineRig.openAi(server), 80);
            for (CompletableFuture<TypedAnswer> a : answers) {
                assertEquals(5, a.join().value().asInt());
            }
            assertTrue(server.rejected() > 0, "demand never went above the server's cap");
            assertEquals(80, MachineRig.answered(server), "every call answered exactly once");
            assertEquals(server.rejected(), rig.machine.progress().retries());
            EndpointStatus status = rig.machine.endpoints().getFirst();
            // usually exactly 4; a 429 read late can make it a little lower, which costs speed, not calls
            assertTrue(status.learnedConcurrency() >= 1 && status.learnedConcurrency() < 16, "the 429s taught a lower concurrency: " + status);
        }
    }

    @Test
    void aRetryAfterBeyondTheLongestPauseFailsAtOnceWithTheRateLimitError(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"retry\": {\"maxPauseMs\": 1000}}")) {
            server.rateLimited("3600");
            ProviderException e = assertThrows(ProviderException.class, () -> rig.ask(MachineRig.openAi(server), 0));
            assertEquals("ModelRateLimitError", e.kind());
            assertTrue(e.getMessage().contains("retry after 3600000 ms"), e.getMessage());
            assertEquals(1, server.requests().size());
        }
    }
}
