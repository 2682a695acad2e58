package dev.lingo.vm.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run recorded against the fake server, then replayed with the server stopped. */
class RecordReplayTest {

    private static final String REVIEW = "{\"product\": \"kettle\", \"stars\": 2, \"sentiment\": \"negative\", \"complaints\": [\"loud\"], \"email\": null}";
    private static final String MISFIT = "{\"product\": \"kettle\", \"stars\": 9, \"sentiment\": \"negative\", \"complaints\": [], \"email\": null}";

    @TempDir
    Path dir;

    private final PriceTable prices = PriceTable.builtIn();

    /** The "program": five calls, one answered from the cache, one sampled twice, one rate-limited, one misfit. */
    private static List<ModelRequest> program() {
        ModelRequest review = ModelRequest.of("gpt-4o-mini", SampleTypes.REVIEW, Message.system("Extract the review."),
                Message.user("The kettle is loud. 2 stars."));
        ModelRequest poem = ModelRequest.of("gpt-4o-mini", null, Message.user("A poem about kettles.")).withTemperature(0.8);
        ModelRequest limited = ModelRequest.of("gpt-4o-mini", null, Message.user("Summarise the complaints."));
        ModelRequest misfit = ModelRequest.of("gpt-4o-mini", SampleTypes.REVIEW, Message.user("Another review: it is fine."));
        return List.of(review, review, poem, poem, limited, misfit);
    }

    /** Runs the program; each call's outcome as one line of "output". */
    private static List<String> run(CachingCaller front, String endpoint, OpenAiProvider provider, ModelCaller caller) {
        List<String> out = new ArrayList<>();
        for (ModelRequest r : program()) {
            try {
                out.add(front.call(endpoint, provider, r, () -> caller.call(r, 0)).answer().value().toString());
            } catch (ModelCallException e) {
                out.add(e.kind() + ": " + e.getMessage()
                        + (e instanceof InvalidAnswerException i ? " field=" + i.field() + " raw=" + i.rawAnswer() : ""));
            }
        }
        return out;
    }

    @Test
    void aReplayReproducesTheRunWithTheServerStopped() throws Exception {
        Path recordingFile = dir.resolve("run.jsonl");
        List<String> recorded;
        String endpoint;
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             OpenAiProvider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()));
             AnswerCache cache = AnswerCache.open(CacheSettings.in(dir.resolve("cache")), prices);
             RunRecording recording = RunRecording.create(recordingFile)) {
            server.answer(REVIEW).answer("Steam rises, first").answer("A kettle sings").rateLimited("1").answer(MISFIT);
            endpoint = "openai " + server.apiBase();
            recorded = run(new CachingCaller(cache, recording, null, prices), endpoint, provider,
                    new ModelCaller(provider, prices, TraceSink.NONE));
            assertEquals(5, server.requests().size());
            assertEquals(6, recording.calls());
        }
        assertTrue(recorded.get(0).contains("\"stars\":2") && recorded.get(0).equals(recorded.get(1)));
        assertEquals(List.of("Steam rises, first", "A kettle sings"), recorded.subList(2, 4).stream()
                .map(s -> s.replace("\"", "")).toList());
        assertTrue(recorded.get(4).startsWith("ModelRateLimitError: openai: rate limited"), recorded.get(4));
        assertTrue(recorded.get(5).startsWith("ModelAnswerError: ") && recorded.get(5).contains("field=stars"), recorded.get(5));

        // the server is gone: any provider call would fail with a connection error
        RunReplay replay = RunReplay.load(recordingFile);
        try (OpenAiProvider provider = new OpenAiProvider(Endpoint.of(endpoint.substring("openai ".length())))) {
            ModelCaller caller = new ModelCaller(provider, prices, TraceSink.NONE);
            CachingCaller front = new CachingCaller(AnswerCache.disabled(), null, replay, prices);
            assertEquals(recorded, run(front, endpoint, provider, caller));
            assertEquals(6, replay.replayed());
        }
    }

    @Test
    void aReplayedProviderFailureIsAProviderFailureSoFallbacksTakeTheSamePath() throws Exception {
        Path file = dir.resolve("run.jsonl");
        CacheKey key = CacheFixtures.key("who?");
        try (RunRecording recording = RunRecording.create(file)) {
            recording.failed(key, new dev.lingo.vm.provider.ProviderUnavailableException("openai", 503, "HTTP 503: overloaded", null));
        }
        RecordedCall call = RunReplay.load(file).take(key);
        ModelCallException e = call.failure().toException();
        ProviderException p = assertInstanceOf(ProviderException.class, e);
        assertEquals(503, p.status());
        assertEquals("openai", p.provider());
        assertEquals(new dev.lingo.vm.provider.ProviderUnavailableException("openai", 503, "HTTP 503: overloaded", null).getMessage(),
                p.getMessage());
    }

    @Test
    void aRequestMissingFromTheRecordingFailsNamingItsPrompt() throws Exception {
        Path file = dir.resolve("run.jsonl");
        try (RunRecording recording = RunRecording.create(file)) {
            recording.answered(CacheFixtures.key("What is the capital of France?"), AnswerSource.MODEL, "Paris",
                    dev.lingo.vm.provider.Usage.ZERO);
        }
        RunReplay replay = RunReplay.load(file);
        ReplayException e = assertThrows(ReplayException.class, () -> replay.take(CacheFixtures.key("What is the capital of Peru?")));
        assertTrue(e.getMessage().contains("\"What is the capital of Peru?\""), e.getMessage());
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("--record"), e.getMessage());
        assertEquals("ModelReplayError", e.kind());
        assertEquals("Paris", replay.take(CacheFixtures.key("What is the capital of France?")).answer());
    }

    @Test
    void aLastLineCutShortIsIgnoredButABrokenLineInTheMiddleIsNamed() throws Exception {
        Path file = dir.resolve("run.jsonl");
        try (RunRecording recording = RunRecording.create(file)) {
            recording.answered(CacheFixtures.key("q1"), AnswerSource.MODEL, "a1", dev.lingo.vm.provider.Usage.ZERO);
            recording.answered(CacheFixtures.key("q2"), AnswerSource.MODEL, "a2", dev.lingo.vm.provider.Usage.ZERO);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        Files.writeString(file, lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, 30));
        RunReplay cut = RunReplay.load(file);
        assertEquals(1, cut.size());
        assertEquals("a1", cut.take(CacheFixtures.key("q1")).answer());

        Files.writeString(file, lines.get(0) + "\n{\"seq\": 1, \"key\": \"k\"}\n" + lines.get(2) + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RunReplay.load(file));
        assertTrue(e.getMessage().startsWith("Line 2 of the recording " + file), e.getMessage());

        Files.writeString(file, "{\"trace\": true}\n");
        e = assertThrows(IllegalArgumentException.class, () -> RunReplay.load(file));
        assertTrue(e.getMessage().contains("is not a Lingo recording"), e.getMessage());
    }
}
