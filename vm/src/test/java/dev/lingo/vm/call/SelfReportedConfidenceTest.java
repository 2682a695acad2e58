package dev.lingo.vm.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.SampleRequests;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Anthropic gives no log-probabilities: a cascade's first model there states its confidence. */
class SelfReportedConfidenceTest {

    private final FakeAnthropicServer server = new FakeAnthropicServer();
    private final AnthropicProvider provider = AnthropicProvider.fromEnvironment(Map.of(
            "ANTHROPIC_BASE_URL", server.baseUrl().toString(), "ANTHROPIC_API_KEY", "sk-ant-test-0123456789"));
    private final ModelCaller caller = new ModelCaller(provider, PriceTable.empty(), TraceSink.NONE);

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    private static ModelRequest classify(boolean confidence) {
        return SampleRequests.classifyTicket("claude-3-5-haiku-latest", confidence);
    }

    @Test
    void theModelIsAskedForItsConfidenceAndTheAnswerComesBackAsAsked() {
        server.toolAnswer("{\"answer\": \"billing\", \"confidence\": 0.7}");
        TypedAnswer a = caller.call(classify(true));
        assertEquals("billing", a.value().asText());
        assertEquals(0.7, a.confidence(), 1e-9);
        assertEquals("\"billing\"", a.record().rawAnswer().strip(), "the answer as if asked plainly, so the cache holds T's text");
        JsonNode sent = server.lastRequest().json();
        JsonNode schema = sent.path("tools").get(0).path("input_schema");
        assertEquals(List.of("bug", "billing", "question"),
                        texts(schema.path("properties").path("answer").path("enum")));
        assertEquals(1.0, schema.path("properties").path("confidence").path("maximum").asDouble());
        assertTrue(sent.toString().contains("how likely it is that your answer is right"), sent.toString());
    }

    @Test
    void aPlainRequestIsAskedPlainly() {
        server.toolAnswer("{\"value\": \"billing\"}");
        TypedAnswer a = caller.call(classify(false));
        assertEquals("billing", a.value().asText());
        assertNull(a.confidence());
        assertTrue(server.lastRequest().json().path("tools").get(0).path("input_schema").path("properties").has("value"));
    }

    private static List<String> texts(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
