package dev.lingo.vm.machine;

import dev.lingo.vm.call.TypedAnswer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One opcode asked of a {@link Cascade}: the first model's call, then, when its answer is not sure
 * enough, the second model's. {@link #cancel} takes back whichever call is under way while its
 * request has not been sent.
 */
public final class CascadeCall extends CompletableFuture<TypedAnswer> {

    private final AtomicReference<ModelCall> current = new AtomicReference<>();

    CascadeCall(ModelCall first) {
        current.set(first);
    }

    /** The second model's call replaces the first's as the one {@link #cancel} takes back. */
    void asking(ModelCall second) {
        current.set(second);
    }

    ModelCall current() {
        return current.get();
    }

    /** @return true when the call under way had not been sent and is taken back */
    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        ModelCall call = current.get();
        if (!call.cancel(false)) {
            return false;
        }
        completeExceptionally(call.exceptionNow());
        return true;
    }
}
