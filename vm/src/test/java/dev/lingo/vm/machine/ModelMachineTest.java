package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.types.LingoType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fallback chains, the run ledger and the trace file, against real HTTP fakes. */
class ModelMachineTest {

    /** Provider failures are retried (see the schedule tests); two quick attempts keep these tests short. */
    private static final String FEW_QUICK_RETRIES = "{\"retry\": {\"maxAttempts\": 2, \"baseDelayMs\": 1, \"maxDelayMs\": 2}}";

    private static final Opcode CLASSIFY = Opcode.classify("I was charged twice", List.of("bug", "billing"));

    @Test
    void aFailingProviderFallsBackToTheNextModel(@TempDir Path dir) throws IOException {
        List<String> notices = new ArrayList<>();
        Files.writeString(dir.resolve("lingo.json"), FEW_QUICK_RETRIES);
        try (FakeOpenAiServer openai = new FakeOpenAiServer(); FakeOllamaServer ollama = new FakeOllamaServer();
                        ModelMachine machine = new ModelMachine(Map.of("OPENAI_API_KEY", "sk-secret-42"), dir, notices::add)) {
            openai.error(503, "overloaded").error(503, "overloaded");
            ollama.answer("\"billing\"");
            List<ModelSpec> chain = List.of(
                            new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", openai.baseUrl() + "/v1")),
                            new ModelSpec("ollama", "llama3.2", Map.of("baseUrl", ollama.baseUrl().toString())));
            TypedAnswer answer = machine.run(chain, CLASSIFY, CallOptions.NONE);
            assertEquals("billing", answer.value().asText());
            assertEquals(2, openai.requests().size(), "retried once, then the next model");
            assertEquals(1, ollama.requests().size());
            assertTrue(notices.get(0).contains("falling back to ollama:llama3.2"), notices.toString());
            assertEquals(2, machine.ledger().calls());
        }
    }

    @Test
    void theLastFailureOfTheChainPropagates(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), FEW_QUICK_RETRIES);
        try (FakeOpenAiServer openai = new FakeOpenAiServer();
                        ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            openai.error(500, "boom").error(500, "boom");
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", openai.baseUrl() + "/v1"));
            ProviderException e = assertThrows(ProviderException.class, () -> machine.run(List.of(spec), CLASSIFY, CallOptions.NONE));
            assertTrue(e.retryable());
        }
    }

    @Test
    void everyCallIsTracedWithoutSecrets(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.jsonl");
        try (FakeOpenAiServer openai = new FakeOpenAiServer();
                        ModelMachine machine = new ModelMachine(Map.of("OPENAI_API_KEY", "sk-secret-42",
                                        "OPENAI_BASE_URL", openai.baseUrl() + "/v1"), dir, n -> { })) {
            machine.traceTo(trace);
            openai.answer("{\"value\": 3}", 120, 5, 100);
            TypedAnswer answer = machine.run(List.of(), Opcode.gen("How many?", LingoType.INT), CallOptions.NONE);
            assertEquals(3, answer.value().asInt());
            assertTrue(machine.ledger().summary().startsWith("1 model call, 120 tokens in (100 cached), 5 out"), machine.ledger().summary());
        }
        List<String> lines = Files.readAllLines(trace);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("How many?") && lines.get(0).contains("gpt-4o-mini"), lines.get(0));
        assertFalse(lines.get(0).contains("sk-secret-42"), lines.get(0));
    }

    @Test
    void answersFromTheCacheAreTracedAsSuchButAreNotCalls(@TempDir Path dir) throws IOException {
        Path trace = dir.resolve("trace.jsonl");
        Map<String, String> env = Map.of("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        Opcode question = Opcode.gen("How many?", LingoType.INT);
        try (FakeOpenAiServer openai = new FakeOpenAiServer()) {
            openai.answer("{\"value\": 3}", 120, 5, 0);
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", openai.baseUrl() + "/v1"));
            try (ModelMachine first = new ModelMachine(env, dir, n -> { })) {
                first.traceTo(trace);
                assertEquals(3, first.run(List.of(spec), question, CallOptions.NONE).value().asInt());
                assertEquals(3, first.run(List.of(spec), question, CallOptions.NONE).value().asInt()); // from memory
            }
            try (ModelMachine rerun = new ModelMachine(env, dir, n -> { })) {
                rerun.traceTo(trace);
                assertEquals(3, rerun.run(List.of(spec), question, CallOptions.NONE).value().asInt()); // from disk
                assertEquals(0, rerun.ledger().calls(), "a cache hit is not a model call");
            }
            assertEquals(1, openai.requests().size());
        }
        List<com.fasterxml.jackson.databind.JsonNode> lines = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(trace)) {
            lines.add(dev.lingo.vm.json.Json.parse(line));
        }
        assertEquals(List.of("model", "cache", "cache"), lines.stream().map(l -> l.path("source").asText()).toList());
        assertEquals(120, lines.get(0).path("tokens_in").asLong());
        for (var hit : lines.subList(1, 3)) {
            assertEquals(0, hit.path("tokens_in").asLong());
            assertEquals(3, hit.path("value").asInt());
            assertTrue(hit.path("messages").toString().contains("How many?"), hit.toString());
        }
    }
}
