package dev.lingo.language.nodes.control;

import com.oracle.truffle.api.nodes.ControlFlowException;

/** Unwinds to the enclosing function with the returned value. */
public final class ReturnException extends ControlFlowException {

    private static final long serialVersionUID = 1L;
    private final transient Object value;

    public ReturnException(Object value) {
        this.value = value;
    }

    public Object value() {
        return value;
    }
}
