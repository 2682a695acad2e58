package dev.lingo.vm.provider.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.testing.TinyLlamaGguf;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.types.LingoType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real llama.cpp engine on a random-weight toy model the test writes itself: whatever noise
 * the weights produce, the grammar makes every answer parse and fit its type.
 */
class LlamaProviderTest {

    private static final String TICKET = "My invoice INV-2291 charged me twice for the Pro plan. Please refund one payment.";

    @TempDir
    static Path dir;
    static LlamaProvider provider;
    static final List<CallRecord> traced = new CopyOnWriteArrayList<>();
    static ModelCaller caller;

    @BeforeAll
    static void loadToyModel() throws Exception {
        Path gguf = TinyLlamaGguf.write(dir.resolve("tiny.gguf"), 42);
        provider = new LlamaProvider(new LocalModelConfig(gguf, 2, 4096));
        caller = new ModelCaller(provider, PriceTable.builtIn(), traced::add);
    }

    @AfterAll
    static void close() {
        provider.close();
    }

    private static ModelRequest request(Opcode op, long seed) {
        return ModelRequest.forOpcode("tiny", op, 0.8, 1024, seed);
    }

    @Test
    void classifyAnswersOneOfTheLabels() {
        List<String> labels = List.of("billing", "bug", "feature request");
        for (long seed = 1; seed <= 3; seed++) {
            TypedAnswer a = caller.call(request(Opcode.classify(TICKET, labels), seed), 0);
            assertTrue(labels.contains(a.value().asText()), a.value().toString());
        }
    }

    @Test
    void extractFillsEveryFieldOfTheRecordWithTheRightTypes() {
        TypedAnswer a = caller.call(request(Opcode.extract(SampleTypes.REVIEW, "The kettle is loud. 2 stars."), 7));
        JsonNode v = a.value();
        assertTrue(v.get("product").isTextual());
        long stars = v.get("stars").asLong();
        assertTrue(stars >= 1 && stars <= 5, "stars " + stars);
        assertTrue(List.of("positive", "negative", "mixed").contains(v.get("sentiment").asText()));
        assertTrue(v.get("complaints").isArray());
        assertTrue(v.get("email").isNull() || v.get("email").isTextual());
        assertEquals("local", a.record().provider());
    }

    @Test
    void checkAnswersABool() {
        TypedAnswer a = caller.call(request(Opcode.check("the customer asks for a refund", TICKET), 3), 0);
        assertTrue(a.value().isBoolean(), a.value().toString());
    }

    @Test
    void rangesAndUnionsAreEnforcedByTheGrammar() {
        LingoType score = new LingoType.IntType(10L, 20L);
        for (long seed = 1; seed <= 3; seed++) {
            long n = caller.call(request(Opcode.gen("Pick a number", score), seed), 0).value().asLong();
            assertTrue(n >= 10 && n <= 20, "got " + n);
        }
    }

    @Test
    void freeTextIsGeneratedWithoutAGrammarAndUsageIsCounted() {
        ModelResponse r = provider.complete(request(Opcode.gen("Say hello", LingoType.STRING), 5).withMaxTokens(16));
        assertEquals("local", r.provider());
        assertEquals("tiny.gguf", r.model());
        assertTrue(r.usage().inputTokens() > 20, "the chat-templated prompt is read: " + r.usage());
        assertTrue(r.usage().outputTokens() > 0 && r.usage().outputTokens() <= 16, r.usage().toString());
        assertFalse(r.rawBody().isEmpty());
    }

    @Test
    void theSameSeedGivesTheSameAnswer() {
        ModelRequest req = request(Opcode.extract(SampleTypes.SENTIMENT, "Great!"), 11);
        assertEquals(provider.complete(req).text(), provider.complete(req).text());
    }

    @Test
    void aMissingModelFileIsATypedProviderError() {
        try (LlamaProvider missing = new LlamaProvider(LocalModelConfig.of(dir.resolve("nope.gguf")))) {
            ModelCallException e = assertThrows(LocalModelException.class,
                    () -> missing.complete(request(Opcode.gen("hi", null), 1)));
            assertEquals("ModelProviderError", e.kind());
            assertTrue(e.getMessage().contains("nope.gguf") && e.getMessage().contains("lingo model pull"), e.getMessage());
        }
    }
}
