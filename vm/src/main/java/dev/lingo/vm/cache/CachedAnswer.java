package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.trace.CallRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * One stored answer: the model's raw text (checked again on every hit, so a change in the
 * validator cannot serve a stale value), what it cost to get, and when it was got.
 *
 * @param usage tokens over all attempts of the original call (re-asks included): what a hit saves
 */
public record CachedAnswer(String provider, String model, String answer, Usage usage, Instant createdAt, String prompt) {

    public CachedAnswer {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(usage, "usage");
        Objects.requireNonNull(createdAt, "createdAt");
        prompt = prompt == null ? "" : prompt;
    }

    /** This answer with {@code scrub} applied to its text and prompt excerpt. */
    public CachedAnswer redacted(java.util.function.UnaryOperator<String> scrub) {
        return new CachedAnswer(provider, model, scrub.apply(answer), usage, createdAt, scrub.apply(prompt));
    }

    /** The answer of a successful call; failures have nothing to store. */
    public static CachedAnswer of(CacheKey key, CallRecord record, Instant now) {
        if (!record.succeeded() || record.rawAnswer() == null) {
            throw new IllegalArgumentException("only answers are cached, not failures: " + record.error());
        }
        return new CachedAnswer(record.provider(), record.model(), record.rawAnswer(), record.usage(), now, key.prompt());
    }
}
