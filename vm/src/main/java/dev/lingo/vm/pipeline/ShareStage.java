package dev.lingo.vm.pipeline;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.schedule.InFlightCalls;
import dev.lingo.vm.schedule.ProgressTracker;

/**
 * Identical requests in flight share one call: a second {@code extract} of the same text while the
 * first is under way waits for that answer (or error) instead of paying again. A model that samples
 * without a seed may answer each differently, so those are never shared.
 */
public final class ShareStage implements CallStage {

    private final InFlightCalls<TypedAnswer> inFlight = new InFlightCalls<>();
    private final ProgressTracker progress;

    public ShareStage(ProgressTracker progress) {
        this.progress = progress;
    }

    @Override
    public TypedAnswer answer(ModelQuestion question, Next next) {
        if (!question.shareable()) {
            return next.answer(question);
        }
        return inFlight.share(question.key(), () -> next.answer(question), progress::shared);
    }

    /** Calls under way now. */
    public int inFlight() {
        return inFlight.size();
    }
}
