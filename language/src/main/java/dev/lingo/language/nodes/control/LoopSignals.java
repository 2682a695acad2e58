package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** The control-flow exceptions of {@code break} and {@code continue}; singletons, no stack trace. */
public final class LoopSignals {

    private LoopSignals() {
    }

    public static final class BreakException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final BreakException INSTANCE = new BreakException();
    }

    public static final class ContinueException extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        public static final ContinueException INSTANCE = new ContinueException();
    }
}
