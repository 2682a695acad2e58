package dev.lingo.vm.provider;

import static dev.lingo.vm.testing.JsonAssert.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.testing.ScriptedReply;
import dev.lingo.vm.types.LingoType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenAiProviderTest {

    private final FakeOpenAiServer server = new FakeOpenAiServer();
    private final OpenAiProvider provider = new OpenAiProvider(
            Endpoint.of(server.apiBase().toString()).withApiKey(ApiKey.of("sk-test-0123456789abcdef")));

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    private static ModelRequest reviewRequest() {
        return new ModelRequest("gpt-4o-mini", List.of(Message.system("Extract the review."), Message.user("Loud kettle. 2/5")),
                SampleTypes.REVIEW, 0.2, 300, 7L);
    }

    @Test
    void sendsChatCompletionsWithAStrictJsonSchema() {
        server.answer("{}");
        provider.complete(reviewRequest());
        RecordedRequest sent = server.lastRequest();
        assertEquals("/v1/chat/completions", sent.path());
        assertEquals("Bearer sk-test-0123456789abcdef", sent.header("authorization"));
        assertEquals("application/json", sent.header("content-type"));
        assertJson("""
                {"model": "gpt-4o-mini",
                 "messages": [{"role": "system", "content": "Extract the review."},
                              {"role": "user", "content": "Loud kettle. 2/5"}],
                 "response_format": {"type": "json_schema", "json_schema": {"name": "Review", "strict": true, "schema":
                   {"type": "object", "title": "Review",
                    "properties": {
                      "product": {"type": "string"},
                      "stars": {"type": "integer", "minimum": 1, "maximum": 5, "description": "what the reviewer would rate it"},
                      "sentiment": {"type": "string", "enum": ["positive", "negative", "mixed"]},
                      "complaints": {"type": "array", "items": {"type": "string"}},
                      "email": {"type": ["string", "null"]}},
                    "required": ["product", "stars", "sentiment", "complaints", "email"],
                    "additionalProperties": false}}},
                 "temperature": 0.2, "max_tokens": 300, "seed": 7}
                """, sent.body());
    }

    @Test
    void readsTheAnswerAndUsageWithCachedTokens() {
        server.answer("{\"stars\": 2}", 1200, 35, 1024);
        ModelResponse r = provider.complete(reviewRequest());
        assertEquals("{\"stars\": 2}", r.text());
        assertEquals(new Usage(1200, 35, 1024, 0), r.usage());
        assertEquals("openai", r.provider());
        assertEquals("gpt-4o-mini", r.model());
        assertEquals("stop", r.finishReason());
        assertFalse(r.latency().isNegative());
        assertTrue(r.rawBody().contains("chat.completion"));
    }

    @Test
    void freeTextSendsNoResponseFormatAndScalarsAreWrapped() {
        server.answer("Sorry!").answer("{\"value\": 3}");
        provider.complete(ModelRequest.of("m", LingoType.STRING, Message.user("apologise")));
        assertFalse(server.lastRequest().json().has("response_format"));
        provider.complete(ModelRequest.of("m", LingoType.INT, Message.user("how many?")));
        assertEquals("{\"type\":\"object\",\"properties\":{\"value\":{\"type\":\"integer\"}},\"required\":[\"value\"],"
                        + "\"additionalProperties\":false}",
                server.lastRequest().json().path("response_format").path("json_schema").path("schema").toString());
    }

    @Test
    void configuresFromTheEnvironmentAndLocalServersNeedNoKey() {
        try (OpenAiProvider local = OpenAiProvider.fromEnvironment(Map.of("OPENAI_BASE_URL", server.apiBase() + "/"))) {
            server.answer("ok");
            local.complete(ModelRequest.of("llama", null, Message.user("hi")));
            assertNull(server.lastRequest().header("authorization"));
            assertEquals("/v1/chat/completions", server.lastRequest().path());
        }
    }

    @Test
    void aRefusalIsATypedError() {
        server.refusal("I can't help with that.");
        ModelRefusalException e = assertThrows(ModelRefusalException.class, () -> provider.complete(reviewRequest()));
        assertTrue(e.getMessage().contains("I can't help with that."));
        assertFalse(e.retryable());
    }

    @Test
    void rateLimitHeadersSayHowLongAUsedUpLimitLasts() {
        server.answerUsingUpRequests("{}", "400ms").answer("{}").rateLimitedUntilReset("300ms");
        server.enqueue(ScriptedReply.of(429, "{}").withHeader("retry-after", "2")
                .withHeader("x-ratelimit-remaining-requests", "0").withHeader("x-ratelimit-reset-requests", "300ms"));
        assertEquals(Duration.ofMillis(400), provider.complete(reviewRequest()).limitedFor());
        assertNull(provider.complete(reviewRequest()).limitedFor(), "no rate-limit headers, nothing used up");
        RateLimitedException byHeaders = assertThrows(RateLimitedException.class, () -> provider.complete(reviewRequest()));
        assertEquals(Duration.ofMillis(300), byHeaders.retryAfter().orElseThrow(), "no Retry-After: the reset stands in");
        RateLimitedException both = assertThrows(RateLimitedException.class, () -> provider.complete(reviewRequest()));
        assertEquals(Duration.ofSeconds(2), both.retryAfter().orElseThrow(), "Retry-After comes first");
    }

    @Test
    void statusCodesBecomeTypedErrors() {
        server.rateLimited("3").error(503, "The server is overloaded").error(400, "Invalid schema for response_format")
                .error(401, "Incorrect API key provided");
        RateLimitedException limited = assertThrows(RateLimitedException.class, () -> provider.complete(reviewRequest()));
        assertEquals(Duration.ofSeconds(3), limited.retryAfter().orElseThrow());
        assertTrue(limited.retryable());
        assertEquals(429, limited.status());
        ProviderUnavailableException down = assertThrows(ProviderUnavailableException.class, () -> provider.complete(reviewRequest()));
        assertTrue(down.retryable());
        assertEquals("openai: server error (HTTP 503): The server is overloaded", down.getMessage());
        ProviderRejectedException bad = assertThrows(ProviderRejectedException.class, () -> provider.complete(reviewRequest()));
        assertFalse(bad.retryable());
        assertEquals("openai: request rejected (HTTP 400): Invalid schema for response_format", bad.getMessage());
        ProviderRejectedException auth = assertThrows(ProviderRejectedException.class, () -> provider.complete(reviewRequest()));
        assertTrue(auth.getMessage().startsWith("openai: authentication failed (HTTP 401)"), auth.getMessage());
    }

    @Test
    void malformedBodiesAreTypedErrors() {
        server.enqueue(ScriptedReply.of(200, "{\"choices\": [{\"message\": {\"content\": \"trunc"));
        server.enqueue(ScriptedReply.of(200, "{\"choices\": []}"));
        server.enqueue(ScriptedReply.of(502, "<html>Bad Gateway</html>").withHeader("content-type", "text/html"));
        MalformedResponseException notJson = assertThrows(MalformedResponseException.class, () -> provider.complete(reviewRequest()));
        assertTrue(notJson.getMessage().contains("not JSON"), notJson.getMessage());
        MalformedResponseException empty = assertThrows(MalformedResponseException.class, () -> provider.complete(reviewRequest()));
        assertTrue(empty.getMessage().contains("no choices"), empty.getMessage());
        ProviderUnavailableException gateway = assertThrows(ProviderUnavailableException.class, () -> provider.complete(reviewRequest()));
        assertTrue(gateway.getMessage().endsWith("<html>Bad Gateway</html>"), gateway.getMessage());
    }

    @Test
    void slowAnswersTimeOutAndDroppedConnectionsAreConnectionErrors() {
        server.enqueue(ScriptedReply.of(200, "{}").after(Duration.ofMillis(1500)));
        server.enqueue(ScriptedReply.droppedConnection());
        try (OpenAiProvider impatient = new OpenAiProvider(Endpoint.of(server.apiBase().toString())
                .withRequestTimeout(Duration.ofMillis(200)))) {
            ProviderTimeoutException slow = assertThrows(ProviderTimeoutException.class, () -> impatient.complete(reviewRequest()));
            assertTrue(slow.retryable());
            assertEquals("openai: no answer within 200 ms", slow.getMessage());
            assertThrows(ProviderConnectionException.class, () -> impatient.complete(reviewRequest()));
        }
    }

    @Test
    void theTimeoutCoversTheWholeBodyNotOnlyTheHeaders() {
        // the headers come at once, then one byte per 500 ms: the body would take over three minutes
        String slowBody = "{\"choices\": [{\"message\": {\"content\": \"{}\"}}]}" + " ".repeat(400);
        server.enqueue(ScriptedReply.of(200, slowBody).trickled(Duration.ofMillis(500)));
        try (OpenAiProvider impatient = new OpenAiProvider(Endpoint.of(server.apiBase().toString())
                .withRequestTimeout(Duration.ofSeconds(1)))) {
            ProviderTimeoutException e = assertTimeoutPreemptively(Duration.ofSeconds(20),
                    () -> assertThrows(ProviderTimeoutException.class, () -> impatient.complete(reviewRequest())),
                    "a trickling body must end in a timeout, not hold the call until it is complete");
            assertTrue(e.retryable());
            assertEquals("openai: no answer within 1000 ms", e.getMessage());
        }
    }

    @Test
    void anUnreachableServerIsAConnectionError() {
        String base = server.apiBase().toString();
        server.close();
        try (OpenAiProvider gone = new OpenAiProvider(Endpoint.of(base))) {
            ProviderConnectionException e = assertThrows(ProviderConnectionException.class, () -> gone.complete(reviewRequest()));
            assertTrue(e.getMessage().startsWith("openai: cannot reach 127.0.0.1:"), e.getMessage());
            assertTrue(e.getMessage().endsWith("(ConnectException): is a server running there, and is the base URL right?"),
                    "what to check next: " + e.getMessage());
        }
    }
}
