package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An endpoint that keeps failing is not called until its cool-down ends; fallback moves on at once. */
class BreakerTest {

    @Test
    void opensAfterConsecutiveFailuresFailsFastThenAProbeClosesIt(@TempDir Path dir) throws InterruptedException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, """
                {"circuitBreaker": {"failureThreshold": 3, "coolDownMs": 300},
                 "retry": {"maxAttempts": 2, "baseDelayMs": 1, "maxDelayMs": 2}}""")) {
            ModelSpec spec = MachineRig.openAi(server);
            server.error(500, "boom").error(500, "boom").error(500, "boom");
            assertThrows(RetriesExhaustedException.class, () -> rig.ask(spec, 0));
            CircuitOpenException e = assertThrows(CircuitOpenException.class, () -> rig.ask(spec, 1),
                    "the third failure opens the breaker, so the retry fails fast");
            assertEquals(3, server.requests().size());
            assertTrue(e.getMessage().contains("failed 3 times in a row (last: openai: server error (HTTP 500): boom)"), e.getMessage());
            assertTrue(e.getMessage().contains("circuit breaker open"), e.getMessage());
            assertEquals("ModelProviderError", e.kind());

            assertThrows(CircuitOpenException.class, () -> rig.ask(spec, 2));
            assertEquals(3, server.requests().size(), "no request while open");
            assertEquals("OPEN", rig.machine.endpoints().getFirst().breaker());

            Thread.sleep(350); // the cool-down
            server.answer("{\"value\": 1}").answer("{\"value\": 2}");
            assertEquals(1, rig.ask(spec, 3).value().asInt());
            assertEquals(2, rig.ask(spec, 4).value().asInt());
            assertEquals("CLOSED", rig.machine.endpoints().getFirst().breaker());
            assertEquals(5, server.requests().size());
        }
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
