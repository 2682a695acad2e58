package dev.lingo.vm.provider;

import static dev.lingo.vm.testing.JsonAssert.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.testing.ScriptedReply;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.ListType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnthropicProviderTest {

    private final FakeAnthropicServer server = new FakeAnthropicServer();
    private final AnthropicProvider provider = AnthropicProvider.fromEnvironment(Map.of(
            "ANTHROPIC_BASE_URL", server.baseUrl().toString(), "ANTHROPIC_API_KEY", "sk-ant-test-0123456789"));

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    @Test
    void forcesAToolWhoseInputSchemaIsTheAnswerType() {
        server.toolAnswer("{}");
        provider.complete(new ModelRequest("claude-sonnet-4", List.of(Message.system("Be terse."),
                Message.system("Extract."), Message.user("Loud kettle.")), new ListType(LingoType.INT), 0.0, null, 42L));
        RecordedRequest sent = server.lastRequest();
        assertEquals("/v1/messages", sent.path());
        assertEquals("sk-ant-test-0123456789", sent.header("x-api-key"));
        assertEquals("2023-06-01", sent.header("anthropic-version"));
        assertJson("""
                {"model": "claude-sonnet-4", "max_tokens": 1024, "system": "Be terse.\\n\\nExtract.",
                 "messages": [{"role": "user", "content": "Loud kettle."}],
                 "temperature": 0.0,
                 "tools": [{"name": "answer",
                            "description": "Give your answer by calling this tool with input that matches its schema.",
                            "input_schema": {"type": "object",
                              "properties": {"value": {"type": "array", "items": {"type": "integer"}}},
                              "required": ["value"], "additionalProperties": false}}],
                 "tool_choice": {"type": "tool", "name": "answer"}}
                """, sent.body());
    }

    @Test
    void theToolInputIsTheAnswerAndUsageCountsCacheTokens() {
        server.toolAnswer("{\"product\": \"kettle\", \"stars\": 2}", 30, 12, 1000, 200);
        ModelResponse r = provider.complete(ModelRequest.of("claude-sonnet-4", SampleTypes.REVIEW, Message.user("Loud kettle.")));
        assertEquals("Review", server.lastRequest().json().path("tool_choice").path("name").asText());
        assertJson("{\"product\": \"kettle\", \"stars\": 2}", r.text());
        assertEquals(new Usage(1230, 12, 1000, 200), r.usage());
        assertEquals("tool_use", r.finishReason());
        assertEquals("anthropic", r.provider());
    }

    @Test
    void freeTextOffersNoToolAndJoinsTextBlocks() {
        server.textAnswer("Sorry about the kettle.");
        ModelResponse r = provider.complete(ModelRequest.of("claude-sonnet-4", null, Message.user("apologise")));
        assertFalse(server.lastRequest().json().has("tools"));
        assertEquals("Sorry about the kettle.", r.text());
    }

    @Test
    void overloadRateLimitAndAuthErrorsAreTyped() {
        server.error(529, "overloaded_error", "Overloaded");
        server.enqueue(ScriptedReply.of(429, "{\"type\":\"error\",\"error\":{\"type\":\"rate_limit_error\",\"message\":\"slow down\"}}")
                .withHeader("retry-after", "20"));
        server.error(401, "authentication_error", "invalid x-api-key");
        ModelRequest request = ModelRequest.of("claude-sonnet-4", SampleTypes.REVIEW, Message.user("x"));
        ProviderUnavailableException overloaded = assertThrows(ProviderUnavailableException.class, () -> provider.complete(request));
        assertEquals(529, overloaded.status());
        assertEquals("anthropic: server error (HTTP 529): Overloaded", overloaded.getMessage());
        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> provider.complete(request));
        assertEquals(Duration.ofSeconds(20), limited.retryAfter().orElseThrow());
        ProviderRejectedException auth = assertThrows(ProviderRejectedException.class, () -> provider.complete(request));
        assertTrue(auth.getMessage().endsWith("invalid x-api-key"));
    }

    @Test
    void aResponseSaysHowLongItsUsedUpLimitLasts() {
        Instant reset = Instant.now().plusSeconds(30);
        server.toolAnswerUsingUpRequests("{}", reset).toolAnswer("{}");
        ModelRequest request = ModelRequest.of("claude-sonnet-4", null, Message.user("x"));
        Duration limited = provider.complete(request).limitedFor();
        assertTrue(limited.compareTo(Duration.ofSeconds(20)) > 0 && limited.compareTo(Duration.ofSeconds(30)) <= 0, limited::toString);
        assertNull(provider.complete(request).limitedFor(), "no rate-limit headers, nothing used up");
    }

    @Test
    void aResponseWithoutContentIsMalformed() {
        server.enqueue(ScriptedReply.of(200, "{\"type\": \"message\"}"));
        assertThrows(MalformedResponseException.class,
                () -> provider.complete(ModelRequest.of("claude-sonnet-4", null, Message.user("x"))));
    }
}
