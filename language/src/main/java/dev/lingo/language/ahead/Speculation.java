package dev.lingo.language.ahead;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.lingo.language.runtime.Pending;

/**
 * Whether this thread is running code ahead of the program, and the two ways such a run ends
 * early: it needs an answer that is not in ({@link Blocked}), or it reached something only the
 * real run may do ({@link Stop}: output, a write to a variable outside, a {@code while} loop).
 */
public final class Speculation {

    /** Valid until the first speculative run in this JVM: until then the checks below cost nothing compiled. */
    static final Assumption NEVER = Truffle.getRuntime().createAssumption("no speculative run yet");

    private Speculation() {
    }

    /** Whether the current thread runs ahead (and so must not do what {@link #checkEffect} guards). */
    public static boolean active() {
        if (NEVER.isValid()) {
            return false;
        }
        return activeSlow();
    }

    @CompilerDirectives.TruffleBoundary
    private static boolean activeSlow() {
        return AheadState.current().speculating != null;
    }

    /** Called before an effect (output, a write outside the running function, a host call): stops a speculative run. */
    public static void checkEffect() {
        if (active()) {
            throw Stop.INSTANCE;
        }
    }

    /** A speculative run needs {@code pending}, which has not arrived. */
    static final class Blocked extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        final transient Pending pending;

        Blocked(Pending pending) {
            this.pending = pending;
        }
    }

    /** A speculative run reached an effect: it goes no further. */
    static final class Stop extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        static final Stop INSTANCE = new Stop();
    }
}
