package dev.lingo.vm;

/**
 * Base of every failure of a model call, so the language can catch one type and map
 * {@link #kind()} to a Lingo error kind. Messages never contain API keys.
 */
public abstract class ModelCallException extends RuntimeException {

    protected ModelCallException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The Lingo error kind this failure surfaces as, e.g. {@code ModelAnswerError}. */
    public abstract String kind();
}
