package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Usage;

/**
 * One line of a recording: a call of the run and what it got, an answer or a failure.
 *
 * @param seq    1, 2, … in the order the calls finished
 * @param key    the request's {@link CacheKey#hash()}
 * @param prompt a one-line excerpt of the request
 * @param source where the original run got the answer; null for failures
 * @param answer the raw answer text; null for failures
 * @param usage  tokens the original call spent (zero for cache hits); null for failures
 */
public record RecordedCall(long seq, String key, String provider, String model, String prompt, AnswerSource source,
                           String answer, Usage usage, RecordedFailure failure) {

    public boolean succeeded() {
        return failure == null;
    }
}
