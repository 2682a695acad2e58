package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.EmbeddingsUnsupportedException;
import dev.lingo.vm.testing.FakeEmbeddings;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** embed: the real wire protocols, batching, the answer cache, retries, fallback and the run summary. */
class EmbeddingMachineTest {

    private static ModelSpec openai(FakeOpenAiServer server) {
        return new ModelSpec("openai", "text-embedding-3-small", Map.of("baseUrl", server.apiBase().toString()));
    }

    @Test
    void openAiEmbeddingsAreBatchedOrderedAndCachedAcrossRuns(@TempDir Path dir) {
        Map<String, String> env = Map.of("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        try (FakeOpenAiServer server = new FakeOpenAiServer().embeddings(8, 0)) {
            try (ModelMachine machine = new ModelMachine(env, dir, n -> { })) {
                List<float[]> v = machine.embed(List.of(openai(server)), List.of("apple", "banana", "apple")).vectors();
                assertArrayEquals(FakeEmbeddings.vectorOf("apple", 8), v.get(0));
                assertArrayEquals(FakeEmbeddings.vectorOf("banana", 8), v.get(1), "data[] came back in reverse: ordered by index");
                assertArrayEquals(v.get(0), v.get(2));
                assertEquals(1, server.requests().size(), "one request for the distinct texts");
                var body = server.lastRequest().json();
                assertEquals("text-embedding-3-small", body.path("model").asText());
                assertEquals(2, body.path("input").size());
                assertTrue(machine.summary().contains("3 texts embedded (0 from cache, 1 request)"), machine.summary());
                assertEquals(1, machine.ledger().totals().calls(), "the request is counted as a model call");
                assertEquals(2, machine.ledger().totals().tokensIn());
            }
            try (ModelMachine again = new ModelMachine(env, dir, n -> { })) {
                List<float[]> v = again.embed(List.of(openai(server)), List.of("banana", "cherry")).vectors();
                assertArrayEquals(FakeEmbeddings.vectorOf("cherry", 8), v.get(1));
                assertEquals(2, server.requests().size());
                assertEquals(1, server.lastRequest().json().path("input").size(), "banana came from the persistent cache");
                assertTrue(again.summary().contains("2 texts embedded (1 from cache, 1 request)"), again.summary());
            }
        }
    }

    @Test
    void manyTextsGoInSeveralRequestsAndRateLimitsAreRetried(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer().embeddings(4, 1);
             ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { })) {
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < Embedder.BATCH * 2 + 5; i++) {
                texts.add("text " + i);
            }
            List<float[]> v = machine.embed(List.of(openai(server)), texts).vectors();
            assertEquals(texts.size(), v.size());
            assertArrayEquals(FakeEmbeddings.vectorOf("text 130", 4), v.get(130));
            assertEquals(4, server.requests().size(), "three batches and one 429 sent again");
            assertTrue(machine.summary().contains("sent again after a rate limit"), machine.summary());
        }
    }

    @Test
    void ollamaUsesItsNativeEmbedEndpoint(@TempDir Path dir) {
        try (FakeOllamaServer server = new FakeOllamaServer().embeddings(6);
             ModelMachine machine = new ModelMachine(Map.of("OLLAMA_HOST", server.baseUrl().toString()), dir, n -> { })) {
            assertEquals("ollama:nomic-embed-text", machine.defaultEmbeddingModel().toString());
            List<float[]> v = machine.embed(List.of(), List.of("hello", "world")).vectors();
            assertArrayEquals(FakeEmbeddings.vectorOf("world", 6), v.get(1));
            assertEquals("/api/embed", server.lastRequest().path());
            assertEquals("nomic-embed-text", server.lastRequest().json().path("model").asText());
        }
    }

    @Test
    void theOfflineDefaultIsMiniLmAndAnthropicFallsBackToItWithANotice(@TempDir Path dir) {
        List<String> notices = new ArrayList<>();
        try (ModelMachine machine = new ModelMachine(Map.of("ANTHROPIC_API_KEY", "k"), dir, notices::add)) {
            List<float[]> v = machine.embed(List.of(), List.of("a cat sat on the mat")).vectors();
            assertEquals(384, v.getFirst().length);
            assertTrue(notices.getFirst().contains("has no embeddings API"), notices.toString());
        }
    }

    @Test
    void aProviderWithoutEmbeddingsFailsClearlyOrFallsBack(@TempDir Path dir) {
        ModelSpec claude = new ModelSpec("anthropic", "claude-3-5-haiku-latest", Map.of("baseUrl", "http://127.0.0.1:9"));
        try (ModelMachine machine = new ModelMachine(Map.of("ANTHROPIC_API_KEY", "k"), dir, n -> { })) {
            var e = assertThrows(EmbeddingsUnsupportedException.class, () -> machine.embed(List.of(claude), List.of("x")));
            assertTrue(e.getMessage().contains("has no embeddings API"), e.getMessage());
            Embeddings fellBack = machine.embed(List.of(claude, ModelSpec.OFFLINE), List.of("x"));
            assertEquals(384, fellBack.vectors().getFirst().length);
            assertEquals("offline:all-minilm-l6-v2", fellBack.model(), "the model that answered, not the first asked");
        }
    }

    @Test
    void aDryRunEmbedsNothingAndSaysSo(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer().embeddings(4, 0);
             ModelMachine machine = new ModelMachine(Map.of(), dir, n -> { },
                             new MachineOptions(dev.lingo.vm.cache.CacheMode.NORMAL, null, null, true))) {
            var e = assertThrows(IllegalStateException.class, () -> machine.embed(List.of(openai(server)), List.of("x")));
            assertTrue(e.getMessage().contains("--dry-run"), e.getMessage());
            assertEquals(0, server.requests().size());
        }
    }

    @Test
    void aKeyEchoedInAnErrorNeverReachesTheCaller(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.route("POST", "/v1/embeddings", request -> dev.lingo.vm.testing.ScriptedReply.of(400,
                            "{\"error\": {\"message\": \"bad key sk-live-secret-123\"}}"));
            try (ModelMachine machine = new ModelMachine(Map.of("OPENAI_API_KEY", "sk-live-secret-123"), dir, n -> { })) {
                var e = assertThrows(RuntimeException.class, () -> machine.embed(List.of(openai(server)), List.of("x")));
                assertTrue(!e.getMessage().contains("sk-live-secret-123") && e.getMessage().contains("bad key"), e.getMessage());
            }
        }
    }
}
