package dev.lingo.vm.provider;

import static dev.lingo.vm.testing.JsonAssert.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OllamaProviderTest {

    private final FakeOllamaServer server = new FakeOllamaServer();
    // OLLAMA_HOST is often host:port without a scheme
    private final OllamaProvider provider = OllamaProvider.fromEnvironment(
            Map.of("OLLAMA_HOST", "127.0.0.1:" + server.baseUrl().getPort()));

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    @Test
    void sendsTheSchemaAsFormatWithoutStreaming() {
        server.answer("\"mixed\"");
        provider.complete(new ModelRequest("qwen2.5:0.5b", List.of(Message.system("Classify."), Message.user("meh")),
                SampleTypes.SENTIMENT, 0.0, 64, 1L));
        assertEquals("/api/chat", server.lastRequest().path());
        assertJson("""
                {"model": "qwen2.5:0.5b",
                 "messages": [{"role": "system", "content": "Classify."}, {"role": "user", "content": "meh"}],
                 "stream": false,
                 "format": {"$schema": "https://json-schema.org/draft/2020-12/schema",
                            "type": "string", "enum": ["positive", "negative", "mixed"]},
                 "options": {"temperature": 0.0, "seed": 1, "num_predict": 64}}
                """, server.lastRequest().body());
    }

    @Test
    void readsContentAndEvalCounts() {
        server.answer("{\"product\": \"kettle\"}", 40, 9);
        ModelResponse r = provider.complete(ModelRequest.of("llama3.2", SampleTypes.REVIEW, Message.user("x")));
        assertEquals("{\"product\": \"kettle\"}", r.text());
        assertEquals(new Usage(40, 9, 0, 0), r.usage());
        assertEquals("stop", r.finishReason());
        assertFalse(server.lastRequest().json().has("options"), "no options when none are set");
    }

    @Test
    void anUnknownModelIsARejectedRequest() {
        server.error(404, "model \"nope\" not found, try pulling it first");
        ProviderRejectedException e = assertThrows(ProviderRejectedException.class,
                () -> provider.complete(ModelRequest.of("nope", LingoType.BOOL, Message.user("x"))));
        assertTrue(e.getMessage().startsWith("ollama: not found (HTTP 404): model \"nope\" not found"), e.getMessage());
    }
}
