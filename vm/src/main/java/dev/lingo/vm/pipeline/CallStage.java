package dev.lingo.vm.pipeline;

import dev.lingo.vm.call.TypedAnswer;

/**
 * One concern of a model call (the cache, sharing calls in flight, packing, batching, reading the
 * answer): it answers the question itself or hands it to the next stage. Stages are composed once,
 * in a fixed order, by {@link CallPipeline.Builder}. Thread-safe: many calls pass at once.
 */
@FunctionalInterface
public interface CallStage {

    /**
     * @param next the rest of the pipeline
     * @throws dev.lingo.vm.ModelCallException when the call fails (the provider, or an answer that does not fit)
     */
    TypedAnswer answer(ModelQuestion question, Next next);

    /** The rest of the pipeline after a stage. */
    @FunctionalInterface
    interface Next {
        TypedAnswer answer(ModelQuestion question);
    }
}
