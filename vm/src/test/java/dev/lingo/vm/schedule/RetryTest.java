package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.provider.ProviderConnectionException;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.ProviderRejectedException;
import dev.lingo.vm.provider.ProviderTimeoutException;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.ScriptedReply;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retryable failures are retried with backoff, a bounded number of times; the rest fail at once. */
class RetryTest {

    @Test
    void serverErrorsAreRetriedUntilAnAnswerComes(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.error(500, "boom").error(503, "overloaded").answer("{\"value\": 42}");
            assertEquals(42, rig.ask(MachineRig.openAi(server), 0).value().asInt());
            assertEquals(3, server.requests().size());
            assertEquals(2, rig.machine.progress().retries());
            assertEquals(1, rig.machine.ledger().calls(), "retries are inside one call");
        }
    }

    @Test
    void aRejectedRequestIsNotRetried(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.error(400, "Invalid schema for response_format");
            ProviderException e = assertThrows(ProviderRejectedException.class, () -> rig.ask(MachineRig.openAi(server), 0));
            assertTrue(e.getMessage().contains("Invalid schema"), e.getMessage());
            assertEquals(1, server.requests().size());
            assertEquals(0, rig.machine.progress().retries());
        }
    }

    @Test
    void droppedConnectionsAndTimeoutsAreRetried(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            server.enqueue(ScriptedReply.droppedConnection());
            server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofSeconds(3)));
            server.answer("{\"value\": 9}");
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(), "timeoutSeconds", "0.3"));
            assertEquals(9, rig.ask(spec, 0).value().asInt());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void attemptsAreBoundedAndTheErrorSaysSo(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"retry\": {\"maxAttempts\": 3, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}")) {
            server.error(502, "bad gateway").error(502, "bad gateway").error(502, "bad gateway").answer("{\"value\": 1}");
            RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, () -> rig.ask(MachineRig.openAi(server), 0));
            assertTrue(e.getMessage().contains("server error (HTTP 502): bad gateway (gave up after 3 attempts)"), e.getMessage());
            assertEquals("ModelProviderError", e.kind());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void aTimeoutThatKeepsHappeningKeepsItsKind(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"retry\": {\"maxAttempts\": 2, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}")) {
            server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofSeconds(3)));
            server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofSeconds(3)));
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(), "timeoutSeconds", "0.2"));
            RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 0));
            assertEquals("ModelTimeoutError", e.kind());
            assertInstanceOf(ProviderTimeoutException.class, e.last());
        }
    }

    @Test
    void aTrickledBodyTimesOutAndIsRetriedAsATimeout(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"retry\": {\"maxAttempts\": 2, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}")) {
            // headers at once, then a byte every 500 ms: each body would take minutes
            String body = "{\"choices\": [{\"message\": {\"content\": \"{\\\"value\\\": 1}\"}}]}" + " ".repeat(400);
            server.enqueue(ScriptedReply.of(200, body).trickled(Duration.ofMillis(500)));
            server.enqueue(ScriptedReply.of(200, body).trickled(Duration.ofMillis(500)));
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(), "timeoutSeconds", "1"));
            RetriesExhaustedException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 0)));
            assertEquals("ModelTimeoutError", e.kind());
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void aTimeoutIsRetriedOnceByDefaultWhileServerErrorsGetFiveAttempts(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(), "timeoutSeconds", "0.3"));
            server.error(500, "a").error(500, "b").error(500, "c").error(500, "d").answer("{\"value\": 5}");
            assertEquals(5, rig.ask(spec, 0).value().asInt(), "server errors keep their five attempts");

            server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofSeconds(3)));
            server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofSeconds(3)));
            server.answer("{\"value\": 6}");
            RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 1),
                    "a server silent for two whole timeouts is hung: the call fails (and can fall back)");
            assertTrue(e.getMessage().endsWith("(gave up after 2 attempts)"), e.getMessage());
            assertEquals(7, server.requests().size());
            assertEquals(1, server.pendingReplies(), "no third attempt");
        }
    }

    @Test
    void aRetryOfAFailedConnectionIsAConnectionError(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"retry\": {\"maxAttempts\": 2, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}")) {
            server.enqueue(ScriptedReply.droppedConnection()).enqueue(ScriptedReply.droppedConnection());
            RetriesExhaustedException e = assertThrows(RetriesExhaustedException.class, () -> rig.ask(MachineRig.openAi(server), 0));
            assertInstanceOf(ProviderConnectionException.class, e.last());
            assertEquals(2, server.requests().size());
        }
    }
}
