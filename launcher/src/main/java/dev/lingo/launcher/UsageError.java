package dev.lingo.launcher;

/** A mistake in how {@code lingo} was invoked (missing file, unknown engine option): exit code 2. */
public final class UsageError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UsageError(String message) {
        super(message);
    }
}
