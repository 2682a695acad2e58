package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cache and record/replay in front of one typed call. Replaying: the recording answers, or
 * the call fails; nothing else is asked. Otherwise the cache answers when it can; if not, the
 * model is asked and a successful answer is stored. Whatever the call got is written to the
 * recording, if there is one. Stored and recorded answers are read and checked again, exactly as
 * a fresh answer is, so they give the same value. Thread-safe.
 */
public final class CachingCaller {

    private final AnswerCache cache;
    private final RunRecording recording;
    private final RunReplay replay;
    private final PriceTable prices;

    /** @param recording null for none; @param replay null unless replaying */
    public CachingCaller(AnswerCache cache, RunRecording recording, RunReplay replay, PriceTable prices) {
        this.cache = cache;
        this.recording = recording;
        this.replay = replay;
        this.prices = prices;
    }

    /**
     * @param endpoint who answers (see {@link RequestFingerprint#of}), e.g. {@code openai http://127.0.0.1:8080/v1}
     * @param provider names the provider and gives the schema it would send; it is not called here
     * @param model    asks the model (the scheduler, or a {@link dev.lingo.vm.call.ModelCaller}) on a miss
     */
    public SourcedAnswer call(String endpoint, Provider provider, ModelRequest request, Supplier<TypedAnswer> model) {
        StructuredSchema schema = provider.schemaFor(request.type());
        CacheKey key = RequestFingerprint.of(endpoint, provider.name(), request, schema == null ? null : schema.hash());
        return call(key, schema, request, model);
    }

    /**
     * The same with a key made elsewhere (e.g. from the scheduler's request key, see
     * {@link RequestFingerprint#fromHash}) and the schema the provider sends (null for free text).
     */
    public SourcedAnswer call(CacheKey key, StructuredSchema schema, ModelRequest request, Supplier<TypedAnswer> model) {
        if (replay != null) {
            return replayed(key, request, schema, Instant.now());
        }
        SourcedAnswer hit = cached(key, schema, request, false);
        return hit != null ? hit : asked(key, request, model);
    }

    /**
     * The cache's answer, read and checked as a fresh one would be, or null (none, or it no longer
     * fits the type, or this run replays a recording: a replay is answered by {@link #call}).
     *
     * @param memoryOnly look only in memory, and count nothing when it is not there (for a caller
     *                   that answers at once only when that is cheap, and else calls {@link #call})
     */
    public SourcedAnswer cached(CacheKey key, StructuredSchema schema, ModelRequest request, boolean memoryOnly) {
        if (replay != null) {
            return null;
        }
        Instant started = Instant.now();
        Optional<CacheHit> hit = memoryOnly ? cache.lookupInMemory(key) : cache.lookup(key);
        if (hit.isEmpty()) {
            return null;
        }
        String stored = hit.get().answer().answer();
        TypedAnswer answer = reread(stored, key, request, schema, started);
        if (answer == null) {
            cache.discard(key, hit.get());
            return null;
        }
        if (recording != null) {
            recording.answered(key, AnswerSource.CACHE, stored, Usage.ZERO);
        }
        return new SourcedAnswer(answer, AnswerSource.CACHE, hit.get().cost());
    }

    private SourcedAnswer asked(CacheKey key, ModelRequest request, Supplier<TypedAnswer> model) {
        TypedAnswer answer;
        String stored;
        try {
            answer = model.get();
            CachedAnswer plain = CachedAnswer.of(key, answer.record(), Instant.now());
            stored = ConfidenceEnvelope.wrap(request, plain.answer(), answer.confidence());
            cache.store(key, new CachedAnswer(plain.provider(), plain.model(), stored, plain.usage(), plain.createdAt(), plain.prompt()));
        } catch (ModelCallException e) {
            if (recording != null) {
                recording.failed(key, e);
            }
            throw e;
        }
        if (recording != null) {
            recording.answered(key, AnswerSource.MODEL, stored, answer.record().usage());
        }
        return new SourcedAnswer(answer, AnswerSource.MODEL, null);
    }

    private SourcedAnswer replayed(CacheKey key, ModelRequest request, StructuredSchema schema, Instant started) {
        RecordedCall call = replay.take(key);
        if (!call.succeeded()) {
            ModelCallException failure = call.failure().toException();
            if (recording != null) {
                recording.failed(key, failure);
            }
            throw failure;
        }
        TypedAnswer answer = reread(call.answer(), key, request, schema, started);
        if (answer == null) {
            ValidationResult result = AnswerReader.read(ConfidenceEnvelope.open(request, call.answer()).answer(), request.type(), schema);
            throw ReplayException.noLongerFits(replay.file(), key, result.errors().getFirst().message());
        }
        if (recording != null) {
            recording.answered(key, call.source(), call.answer(), call.usage());
        }
        return new SourcedAnswer(answer, AnswerSource.REPLAY, prices.cost(call.provider(), call.model(), call.usage()));
    }

    /** The stored text read as a fresh answer would be; null if it no longer fits the type. */
    private static TypedAnswer reread(String stored, CacheKey key, ModelRequest request, StructuredSchema schema, Instant started) {
        ConfidenceEnvelope.Opened opened = ConfidenceEnvelope.open(request, stored);
        String raw = opened.answer();
        ValidationResult result = AnswerReader.read(raw, request.type(), schema);
        if (!result.ok()) {
            return null;
        }
        CallRecord record = new CallRecord(started, key.provider(), request.model(), request.messages(),
                schema == null ? null : schema.hash(), raw, result.value(), Usage.ZERO, 0.0,
                Duration.between(started, Instant.now()), 0, null, null, opened.confidence());
        return new TypedAnswer(result.value(), record);
    }
}
