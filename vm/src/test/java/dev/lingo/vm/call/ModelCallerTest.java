package dev.lingo.vm.call;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderRejectedException;
import dev.lingo.vm.testing.ProviderRig;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import dev.lingo.vm.types.LingoType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The re-ask loop against every provider, over real HTTP to the fake servers. */
class ModelCallerTest {

    private static final String BAD = "{\"product\": \"kettle\", \"stars\": 7, \"sentiment\": \"Negative\", \"complaints\": []}";
    private static final String GOOD = "{\"product\": \"kettle\", \"stars\": 2, \"sentiment\": \"Negative\", \"complaints\": [\"loud\"]}";

    private final List<CallRecord> traced = new CopyOnWriteArrayList<>();
    private final TraceSink sink = traced::add;

    static List<ProviderRig> rigs() {
        return ProviderRig.all();
    }

    private static ModelRequest extractReview() {
        return ModelRequest.of("test-model", SampleTypes.REVIEW, Message.system("Extract the review."),
                Message.user("The kettle is loud. 2 stars."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rigs")
    void aMisfitIsShownToTheModelAndTheFixedAnswerReturned(ProviderRig rig) {
        try (rig) {
            rig.answers(BAD).answers(GOOD);
            TypedAnswer answer = new ModelCaller(rig.provider(), PriceTable.empty(), sink).call(extractReview());
            assertEquals("{\"product\":\"kettle\",\"stars\":2,\"sentiment\":\"negative\",\"complaints\":[\"loud\"],\"email\":null}",
                    answer.value().toString());
            assertEquals(2, rig.server().requests().size());
            JsonNode reask = rig.server().lastRequest().json().path("messages");
            JsonNode last = reask.get(reask.size() - 1);
            assertEquals("user", last.path("role").asText());
            assertEquals("""
                    Your answer does not fit the required type Review:
                    - stars: expected Int in 1..5, got 7
                    Answer again with only the corrected JSON, nothing else.""", last.path("content").asText());
            assertEquals("assistant", reask.get(reask.size() - 2).path("role").asText());
            assertTrue(reask.get(reask.size() - 2).path("content").asText().contains("\"stars\""));
            CallRecord record = answer.record();
            assertEquals(1, record.retries());
            assertEquals(rig.name(), record.provider());
            assertEquals(rig.provider().schemaFor(SampleTypes.REVIEW).hash(), record.schemaHash());
            assertNull(record.error());
            assertEquals(List.of(record), traced);
            assertEquals(2 * rig.server().requests().size(), record.messages().size());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rigs")
    void afterTheRetriesTheFailureNamesFieldTypeAndRawAnswer(ProviderRig rig) {
        try (rig) {
            rig.answers(BAD).answers(BAD).answers(BAD);
            InvalidAnswerException e = assertThrows(InvalidAnswerException.class,
                    () -> new ModelCaller(rig.provider(), PriceTable.empty(), sink).call(extractReview()));
            assertEquals(3, rig.server().requests().size(), "one call and the default two re-asks");
            assertEquals(3, e.attempts());
            assertEquals("stars", e.field());
            assertEquals("Int in 1..5", e.expected());
            assertTrue(e.rawAnswer().contains("7"));
            assertTrue(e.getMessage().contains("stars: expected Int in 1..5, got 7"), e.getMessage());
            assertEquals(e.getMessage(), traced.getFirst().error());
            assertEquals(2, traced.getFirst().retries());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rigs")
    void scalarAnswersArriveWrappedOrBareAndAreUnwrapped(ProviderRig rig) {
        try (rig) {
            rig.answers("{\"value\": \"Mixed\"}");
            TypedAnswer label = new ModelCaller(rig.provider(), PriceTable.empty(), sink)
                    .call(ModelRequest.of("test-model", SampleTypes.SENTIMENT, Message.user("meh")), 0);
            assertEquals("mixed", label.value().asText());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rigs")
    void noRetriesMeansOneRequest(ProviderRig rig) {
        try (rig) {
            rig.answers("{\"value\": 1.5}");
            assertThrows(InvalidAnswerException.class, () -> new ModelCaller(rig.provider(), PriceTable.empty(), sink)
                    .call(ModelRequest.of("test-model", LingoType.INT, Message.user("how many?")), 0));
            assertEquals(1, rig.server().requests().size());
        }
    }

    @org.junit.jupiter.api.Test
    void providerFailuresPassThroughAndAreTraced() {
        try (ProviderRig rig = ProviderRig.openAi()) {
            ((dev.lingo.vm.testing.FakeOpenAiServer) rig.server()).error(400, "bad schema");
            assertThrows(ProviderRejectedException.class,
                    () -> new ModelCaller(rig.provider(), PriceTable.empty(), sink).call(extractReview()));
            assertEquals(1, rig.server().requests().size(), "a rejected request is not re-asked");
            assertTrue(traced.getFirst().error().contains("bad schema"));
            assertNull(traced.getFirst().rawAnswer());
        }
    }

    @org.junit.jupiter.api.Test
    void tokensAndCostAreSummedOverAttempts() {
        try (ProviderRig rig = ProviderRig.openAi()) {
            var server = (dev.lingo.vm.testing.FakeOpenAiServer) rig.server();
            server.answer(BAD, 1000, 30, 800).answer(GOOD, 1200, 35, 1024);
            PriceTable prices = PriceTable.fromJson(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
                    java.util.Map.of("test-*", java.util.Map.of("input", 1.0, "output", 2.0, "cached_input", 0.5))));
            CallRecord r = new ModelCaller(rig.provider(), prices, sink).call(extractReview()).record();
            assertEquals(2200, r.usage().inputTokens());
            assertEquals(65, r.usage().outputTokens());
            assertEquals(1824, r.usage().cachedInputTokens());
            // (2200 - 1824) plain input at $1, 1824 cached at $0.5, 65 out at $2, per million tokens
            assertEquals((376 * 1.0 + 1824 * 0.5 + 65 * 2.0) / 1e6, r.cost(), 1e-12);
        }
    }

    @org.junit.jupiter.api.Test
    void freeTextIsReturnedAsItIs() {
        try (ProviderRig rig = ProviderRig.ollama()) {
            rig.answers("<think>be brief</think>Sorry about the kettle.");
            TypedAnswer reply = new ModelCaller(rig.provider(), PriceTable.empty(), sink)
                    .call(ModelRequest.of("test-model", LingoType.STRING, Message.user("apologise")));
            assertEquals("Sorry about the kettle.", reply.value().asText());
            assertNull(reply.record().schemaHash());
        }
    }
}
