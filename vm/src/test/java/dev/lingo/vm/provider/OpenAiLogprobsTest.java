package dev.lingo.vm.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.RequestKey;
import dev.lingo.vm.testing.FakeLogprobs;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.SampleRequests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cascade's first model is asked for {@code logprobs}; its answer's confidence is read from them. */
class OpenAiLogprobsTest {

    private final FakeOpenAiServer server = new FakeOpenAiServer()
            .answerEachScored(request -> new FakeLogprobs.Scored("{\"value\":\"billing\"}", 0.62));
    private final OpenAiProvider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()));

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    private static ModelRequest classify(boolean confidence) {
        return SampleRequests.classifyTicket("gpt-4o-mini", confidence);
    }

    @Test
    void asksForLogprobsAndReadsTheLabelsProbability() {
        ModelResponse r = provider.complete(classify(true));
        assertTrue(server.lastRequest().json().path("logprobs").asBoolean(), server.lastRequest().body());
        assertEquals("{\"value\":\"billing\"}", r.text());
        assertEquals(0.62, r.confidence(), 1e-4);
    }

    @Test
    void aPlainRequestAsksForNoLogprobsAndHasNoConfidence() {
        ModelResponse r = provider.complete(classify(false));
        assertTrue(server.lastRequest().json().path("logprobs").isMissingNode(), server.lastRequest().body());
        assertNull(r.confidence());
    }

    @Test
    void askingForTheConfidenceIsAnotherCacheKeyAndLeavesPlainKeysAsTheyWere() {
        RequestKey plain = RequestKey.of("openai http://x/v1", "openai", classify(false), "h");
        RequestKey sure = RequestKey.of("openai http://x/v1", "openai", classify(true), "h");
        assertNotEquals(plain.hash(), sure.hash());
        assertFalse(plain.canonicalJson().contains("confidence"), plain.canonicalJson());
    }
}
