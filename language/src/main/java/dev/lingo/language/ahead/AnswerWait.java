package dev.lingo.language.ahead;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleSafepoint;

import dev.lingo.language.runtime.Pending;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The one place the program waits for an answer. A speculative run never waits (it stops there);
 * the real run first lets every open {@link Lookahead} start the calls it can see coming, then
 * sleeps until its answer, or one a speculative run waits for, arrives. The wait is interruptible
 * through Truffle's safepoints, so Ctrl-C and {@code Context.interrupt} stop it.
 */
public final class AnswerWait {

    private AnswerWait() {
    }

    @TruffleBoundary
    public static void await(Pending pending) {
        AheadState state = AheadState.current();
        if (state.speculating != null) {
            throw new Speculation.Blocked(pending);
        }
        pending.beforeWaiting();
        List<CompletableFuture<?>> wakeOn = new ArrayList<>();
        while (!pending.isDone()) {
            wakeOn.clear();
            for (int i = state.scopes.size() - 1; i >= 0; i--) {
                state.scopes.get(i).runAhead(wakeOn);
            }
            if (pending.isDone()) {
                return;
            }
            CompletableFuture<?> mine = pending.completion();
            CompletableFuture<?> wake;
            if (wakeOn.isEmpty()) {
                wake = mine;
            } else {
                wakeOn.add(mine);
                wake = CompletableFuture.anyOf(wakeOn.toArray(new CompletableFuture<?>[0]));
            }
            block(pending, wake);
        }
    }

    private static void block(Pending pending, CompletableFuture<?> wake) {
        TruffleSafepoint.setBlockedThreadInterruptible(pending.location(), AnswerWait::sleep, wake);
    }

    private static void sleep(CompletableFuture<?> wake) throws InterruptedException {
        try {
            wake.get();
        } catch (ExecutionException e) {
            // completions only signal; the failure is raised where the value is read
        }
    }
}
