package dev.lingo.vm;

import java.util.function.UnaryOperator;

/**
 * Base of every failure of a model call, so the language can catch one type and map
 * {@link #kind()} to a Lingo error kind. Messages never contain API keys: the machine scrubs each
 * failure ({@link #redact}) before it leaves.
 */
public abstract class ModelCallException extends RuntimeException {

    private volatile String message;

    protected ModelCallException(String message, Throwable cause) {
        super(message, cause);
        this.message = message;
    }

    /** The Lingo error kind this failure surfaces as, e.g. {@code ModelAnswerError}. */
    public abstract String kind();

    @Override
    public String getMessage() {
        return message;
    }

    /**
     * Rewrites the message and any text this failure keeps (a model's answer may echo a key) with
     * {@code scrub}. In place, as the failure may already be shared by calls that asked the same.
     */
    public final void redact(UnaryOperator<String> scrub) {
        message = scrub.apply(message);
        redactKeptText(scrub);
    }

    /** Subclasses that keep text from the model scrub it here. */
    protected void redactKeptText(UnaryOperator<String> scrub) {
    }
}
