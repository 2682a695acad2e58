package dev.lingo.vm.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache in front of real typed calls to the fake OpenAI server: what is asked, what is paid. */
class CachingCallerTest {

    private static final String REVIEW = "{\"product\": \"kettle\", \"stars\": 2, \"sentiment\": \"negative\", \"complaints\": [\"loud\"], \"email\": null}";
    private static final String MISFIT = "{\"product\": \"kettle\", \"stars\": 9, \"sentiment\": \"negative\", \"complaints\": [], \"email\": null}";

    @TempDir
    Path dir;

    private final PriceTable prices = PriceTable.builtIn();
    private FakeOpenAiServer server;
    private OpenAiProvider provider;
    private ModelCaller caller;
    private String endpoint;

    @BeforeEach
    void start() {
        server = new FakeOpenAiServer();
        provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()));
        caller = new ModelCaller(provider, prices, TraceSink.NONE);
        endpoint = "openai " + server.apiBase();
    }

    @AfterEach
    void stop() {
        provider.close();
        server.close();
    }

    private static ModelRequest extract(String text) {
        return ModelRequest.of("gpt-4o-mini", SampleTypes.REVIEW, Message.system("Extract the review."), Message.user(text));
    }

    private SourcedAnswer ask(CachingCaller front, ModelRequest request) {
        return front.call(endpoint, provider, request, () -> caller.call(request, 1));
    }

    private CachingCaller front(AnswerCache cache) {
        return new CachingCaller(cache, null, null, prices);
    }

    @Test
    void theSecondAskIsAnsweredFromTheCacheAndSaysWhatItSaved() {
        server.answer(REVIEW, 1200, 300, 0);
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            SourcedAnswer first = ask(front(cache), extract("The kettle is loud. 2 stars."));
            SourcedAnswer second = ask(front(cache), extract("The kettle is loud. 2 stars."));
            assertEquals(1, server.requests().size());
            assertEquals(AnswerSource.MODEL, first.source());
            assertNull(first.savedCost());
            assertEquals(AnswerSource.CACHE, second.source());
            assertEquals(first.answer().value(), second.answer().value());
            assertEquals(Usage.ZERO, second.answer().record().usage());
            assertEquals(first.answer().record().cost(), second.savedCost(), 1e-12);
            assertEquals(second.savedCost(), cache.stats().savedCost(), 1e-12);
        }
    }

    @Test
    void failuresAreNeverCached() {
        server.error(400, "bad request").answer(REVIEW);
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            CachingCaller front = front(cache);
            assertThrows(ProviderException.class, () -> ask(front, extract("text")));
            assertEquals(AnswerSource.MODEL, ask(front, extract("text")).source());
            assertEquals(AnswerSource.CACHE, ask(front, extract("text")).source());
            assertEquals(2, server.requests().size());
        }
    }

    @Test
    void anAnswerThatNeverFitIsNotCachedButOneThatFitAfterAReaskIs() {
        server.answer(MISFIT).answer(MISFIT);       // fails after one re-ask
        server.answer(MISFIT, 100, 10, 0).answer(REVIEW, 150, 30, 0); // fits after one re-ask
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            CachingCaller front = front(cache);
            assertThrows(InvalidAnswerException.class, () -> ask(front, extract("text")));
            SourcedAnswer paid = ask(front, extract("text"));
            SourcedAnswer hit = ask(front, extract("text"));
            assertEquals(4, server.requests().size());
            assertEquals(AnswerSource.CACHE, hit.source());
            assertEquals(2L, hit.answer().value().get("stars").asLong());
            assertEquals(new Usage(250, 40, 0, 0), cache.lookup(RequestFingerprint.of(endpoint, "openai", extract("text"),
                    provider.schemaFor(SampleTypes.REVIEW).hash())).orElseThrow().answer().usage(), "both attempts are saved");
            assertEquals(paid.answer().record().cost(), hit.savedCost(), 1e-12);
        }
    }

    @Test
    void sampledRequestsAskTheModelEveryTimeAndRefreshAsksAgain() {
        server.answer("\"one\"").answer("\"two\"").answer("\"three\"").answer("\"four\"");
        ModelRequest poem = ModelRequest.of("gpt-4o-mini", null, Message.user("A poem, please.")).withTemperature(1.0);
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            assertEquals("\"one\"", ask(front(cache), poem).answer().value().asText());
            assertEquals("\"two\"", ask(front(cache), poem).answer().value().asText());
        }
        ModelRequest plain = poem.withTemperature(null);
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            assertEquals("\"three\"", ask(front(cache), plain).answer().value().asText());
            assertEquals(AnswerSource.CACHE, ask(front(cache), plain).source());
        }
        try (AnswerCache refresh = AnswerCache.open(CacheSettings.in(dir).withMode(CacheMode.REFRESH), prices)) {
            assertEquals("\"four\"", ask(front(refresh), plain).answer().value().asText());
        }
        try (AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), prices)) {
            assertEquals("\"four\"", ask(front(cache), plain).answer().value().asText());
        }
        assertEquals(4, server.requests().size());
    }
}
