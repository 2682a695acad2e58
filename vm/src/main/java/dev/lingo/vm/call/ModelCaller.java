package dev.lingo.vm.call;

import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.IncompleteAnswerException;
import dev.lingo.vm.answer.InvalidAnswerException;
import dev.lingo.vm.answer.ValidationError;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import dev.lingo.vm.types.LingoType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Performs typed calls on one provider: call, read leniently, validate, and on a misfit re-ask up
 * to {@code retries} times with the errors shown, then fail with {@link InvalidAnswerException}; an
 * answer cut off at the token limit or withheld by a content filter fails at once
 * ({@link IncompleteAnswerException}).
 * Provider failures ({@link ProviderException}) pass through untouched; retrying those is the
 * scheduler's job. Thread-safe when the provider and trace sink are.
 */
public final class ModelCaller {

    public static final int DEFAULT_RETRIES = 2;

    private final Provider provider;
    private final PriceTable prices;
    private final TraceSink trace;

    public ModelCaller(Provider provider, PriceTable prices, TraceSink trace) {
        this.provider = provider;
        this.prices = prices;
        this.trace = trace;
    }

    public TypedAnswer call(ModelRequest request) {
        return call(request, DEFAULT_RETRIES);
    }

    public TypedAnswer call(ModelRequest request, int retries) {
        if (retries < 0) {
            throw new IllegalArgumentException("retries cannot be negative: " + retries);
        }
        StructuredSchema schema = provider.schemaFor(request.type());
        Attempts attempts = new Attempts(Instant.now(), schema == null ? null : schema.hash());
        List<Message> conversation = new ArrayList<>(request.messages());
        List<ValidationError> errors = List.of();
        for (int attempt = 0; attempt <= retries; attempt++) {
            ModelResponse response;
            try {
                response = ask(request.withMessages(conversation));
            } catch (ProviderException e) {
                trace.record(attempts.record(request, conversation, null, attempt, e.getMessage()));
                throw e;
            }
            attempts.add(response);
            IncompleteAnswerException cut = IncompleteAnswerException.of(response);
            if (cut != null) { // before reading: a cut-off answer must not be repaired into a value nor re-asked
                trace.record(attempts.record(request, conversation, null, attempt, cut.getMessage()));
                throw cut;
            }
            ValidationResult result = AnswerReader.read(response.text(), request.type(), schema);
            if (result.ok()) {
                CallRecord record = attempts.record(request, conversation, result, attempt, null);
                trace.record(record);
                return new TypedAnswer(result.value(), record);
            }
            errors = result.errors();
            if (attempt < retries) {
                conversation.add(Message.assistant(response.text()));
                conversation.add(Message.user(ReaskPrompt.render(typeOf(request), errors)));
            }
        }
        InvalidAnswerException failure = new InvalidAnswerException(typeOf(request).display(), errors,
                attempts.lastAnswer, retries + 1);
        trace.record(attempts.record(request, conversation, null, retries, failure.getMessage()));
        throw failure;
    }

    /**
     * A request for the answer's confidence goes to a provider without log-probabilities as a request
     * for a self-reported one; the offline stand-in, not a model, gives none.
     */
    private ModelResponse ask(ModelRequest request) {
        if (request.confidence() && !provider.givesLogprobs() && !provider.name().equals(OfflineModel.NAME)) {
            return SelfReportedConfidence.complete(provider, request);
        }
        return provider.complete(request);
    }

    private static LingoType typeOf(ModelRequest request) {
        return request.type() == null ? LingoType.STRING : request.type();
    }

    /** Sums what the attempts of one call cost. */
    private final class Attempts {
        final Instant started;
        final String schemaHash;
        Usage usage = Usage.ZERO;
        Duration waited = Duration.ZERO;
        String lastAnswer;
        String finishReason;
        Double confidence;

        Attempts(Instant started, String schemaHash) {
            this.started = started;
            this.schemaHash = schemaHash;
        }

        void add(ModelResponse response) {
            usage = usage.plus(response.usage());
            waited = waited.plus(response.latency());
            lastAnswer = response.text();
            finishReason = response.finishReason();
            confidence = response.confidence();
        }

        CallRecord record(ModelRequest request, List<Message> conversation, ValidationResult result,
                          int retries, String error) {
            return new CallRecord(started, provider.name(), request.model(), conversation, schemaHash, lastAnswer,
                    result == null ? null : result.value(), usage, prices.cost(provider.name(), request.model(), usage),
                    waited, retries, error, finishReason, confidence);
        }
    }
}
