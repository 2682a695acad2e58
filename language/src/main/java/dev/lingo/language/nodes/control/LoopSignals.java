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

    /** The loop a label names (one per labelled loop, shared by its jumps). */
    public static final class Label {
        private final String name;

        public Label(String name) {
            this.name = name;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** {@code break label} or {@code continue label}: passes through the loops inside the labelled one. */
    public static final class LabelledJump extends ControlFlowException {
        private static final long serialVersionUID = 1L;
        final transient Label label;
        final boolean breaks;

        LabelledJump(Label label, boolean breaks) {
            this.label = label;
            this.breaks = breaks;
        }
    }
}
