package dev.lingo.vm.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.answer.IncompleteAnswerException;
import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeModelServer;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** An answer the model did not finish fails at once with its own error: never a value, never re-asked. */
class IncompleteAnswerTest {

    /** Cut inside the last string: a lenient reader could close it into a plausible, wrong review. */
    private static final String CUT = "{\"product\": \"kettle\", \"stars\": 2, \"sentiment\": \"negative\", \"complaints\": [\"lou";
    /** Whole-looking JSON that still arrived with a "stopped at the limit" reason. */
    private static final String LOOKS_WHOLE = "{\"product\": \"kettle\", \"stars\": 2, \"sentiment\": \"negative\", \"complaints\": []}";

    private final List<CallRecord> traced = new CopyOnWriteArrayList<>();

    @Test
    void openAiLengthIsATruncationError() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                Provider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()).withApiKey(ApiKey.of("sk-test-0123456789")))) {
            server.answerEnding(CUT, "length").answer(LOOKS_WHOLE);
            IncompleteAnswerException e = assertIncomplete(provider, server, "length", "ModelTruncatedError");
            assertEquals("openai: the answer was cut off at the token limit after 300 tokens (finish reason \"length\");"
                    + " raise maxTokens, or ask for a shorter answer", e.getMessage());
            assertEquals(CUT, e.partialAnswer());
        }
    }

    @Test
    void openAiContentFilterIsARefusal() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); Provider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()))) {
            server.answerEnding(LOOKS_WHOLE, "content_filter").answer(LOOKS_WHOLE);
            IncompleteAnswerException e = assertIncomplete(provider, server, "content_filter", "ModelRefusalError");
            assertTrue(e.getMessage().contains("content filter withheld the answer"), e.getMessage());
        }
    }

    @Test
    void anthropicMaxTokensIsATruncationEvenWhenTheToolInputLooksWhole() {
        try (FakeAnthropicServer server = new FakeAnthropicServer();
                Provider provider = new AnthropicProvider(Endpoint.of(server.baseUrl().toString()).withApiKey(ApiKey.of("sk-ant-0123456789")))) {
            server.toolAnswerStopped(LOOKS_WHOLE, "max_tokens").toolAnswer(LOOKS_WHOLE);
            assertIncomplete(provider, server, "max_tokens", "ModelTruncatedError");
        }
    }

    @Test
    void ollamaLengthIsATruncationError() {
        try (FakeOllamaServer server = new FakeOllamaServer(); Provider provider = new OllamaProvider(Endpoint.of(server.baseUrl().toString()))) {
            server.answerEnding(CUT, 26, 300, "length").answer(LOOKS_WHOLE);
            assertIncomplete(provider, server, "length", "ModelTruncatedError");
        }
    }

    /** Fails with the reason and kind, after one request (the queued whole answer is never asked for), traced with its finish reason. */
    private IncompleteAnswerException assertIncomplete(Provider provider, FakeModelServer server, String reason, String kind) {
        ModelRequest request = ModelRequest.of("test-model", SampleTypes.REVIEW, Message.system("Extract the review."),
                Message.user("The kettle is loud. 2 stars."));
        IncompleteAnswerException e = assertThrows(IncompleteAnswerException.class,
                () -> new ModelCaller(provider, PriceTable.empty(), traced::add).call(request));
        assertEquals(reason, e.finishReason());
        assertEquals(kind, e.kind());
        assertEquals(1, server.requests().size(), "not re-asked");
        CallRecord record = traced.getLast();
        assertEquals(reason, record.finishReason());
        assertEquals(e.getMessage(), record.error());
        assertEquals(300, record.usage().outputTokens(), "the tokens were spent and are counted");
        return e;
    }
}
