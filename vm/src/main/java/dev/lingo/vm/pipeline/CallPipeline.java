package dev.lingo.vm.pipeline;

import dev.lingo.vm.call.TypedAnswer;

import java.util.ArrayList;
import java.util.List;

/**
 * The one way a model call goes, stage by stage:
 * <pre>
 *   cache  ->  share in flight  ->  batch job | pack  ->  read and validate  ->  schedule  ->  provider
 * </pre>
 * Each stage is one class that may answer and stop (a cache hit, a shared call, a pack's answer) or
 * pass the question on. The last stage, {@link ReadStage}, asks the scheduled provider (limits,
 * retries, circuit breaker: {@link dev.lingo.vm.schedule.ScheduledProvider}), which sends the HTTP
 * request, and reads and validates what comes back. Thread-safe when its stages are.
 */
public final class CallPipeline {

    private final List<CallStage> stages;
    private final CallStage.Next entry;

    private CallPipeline(List<CallStage> stages) {
        this.stages = List.copyOf(stages);
        CallStage.Next next = q -> {
            throw new IllegalStateException("the last stage of a call pipeline must answer");
        };
        for (int i = stages.size() - 1; i >= 0; i--) {
            CallStage stage = stages.get(i);
            CallStage.Next after = next;
            next = q -> stage.answer(q, after);
        }
        this.entry = next;
    }

    /** The answer to {@code question}, from whichever stage gives it. */
    public TypedAnswer answer(ModelQuestion question) {
        return entry.answer(question);
    }

    /** The stages in the order a call meets them (for tests and tools that show the pipeline). */
    public List<CallStage> stages() {
        return stages;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Composes a pipeline in the order its stages are added; the last one must answer by itself. */
    public static final class Builder {
        private final List<CallStage> stages = new ArrayList<>();

        private Builder() {
        }

        public Builder then(CallStage stage) {
            stages.add(stage);
            return this;
        }

        /** Adds {@code last}, the stage that answers without a next one, and builds the pipeline. */
        public CallPipeline end(ReadStage last) {
            stages.add(last);
            return new CallPipeline(stages);
        }
    }
}
