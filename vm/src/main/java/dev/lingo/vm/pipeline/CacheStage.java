package dev.lingo.vm.pipeline;

import dev.lingo.vm.cache.AnswerSource;
import dev.lingo.vm.cache.CachingCaller;
import dev.lingo.vm.cache.SourcedAnswer;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.trace.TraceSink;

/**
 * The answer cache, or the recording a run replays: answers what it holds (read and checked again,
 * as a fresh answer is), passes a miss on and stores the answer that comes back; records every
 * call when the run records. Hits count in the run's progress and show in its trace.
 */
public final class CacheStage implements CallStage {

    private final CachingCaller caching;
    private final ProgressTracker progress;
    private final TraceSink trace;

    public CacheStage(CachingCaller caching, ProgressTracker progress, TraceSink trace) {
        this.caching = caching;
        this.progress = progress;
        this.trace = trace;
    }

    @Override
    public TypedAnswer answer(ModelQuestion question, Next next) {
        if (question.isDirect()) {
            return next.answer(question);
        }
        SourcedAnswer answer = caching.call(question.cacheKey(), question.schema(), question.request(), () -> next.answer(question));
        if (answer.source() != AnswerSource.MODEL) {
            hit(answer.answer(), answer.source() == AnswerSource.REPLAY ? "replay" : "cache");
        }
        return answer.answer();
    }

    /**
     * The cache's answer to {@code question}, counted and traced as a hit; null on a miss or any
     * trouble (the caller goes on, and meets the trouble again where it can report it).
     *
     * @param memoryOnly look only in memory (cheap enough for the thread that submits the opcode)
     */
    public TypedAnswer lookUp(ModelQuestion question, boolean memoryOnly) {
        if (question.isDirect()) {
            return null;
        }
        try {
            SourcedAnswer hit = caching.cached(question.cacheKey(), question.schema(), question.request(), memoryOnly);
            if (hit == null) {
                return null;
            }
            hit(hit.answer(), "cache");
            return hit.answer();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void hit(TypedAnswer answer, String source) {
        progress.cacheHit();
        trace.answeredWithoutCall(answer.record(), source);
    }
}
