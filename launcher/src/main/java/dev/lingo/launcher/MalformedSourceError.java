package dev.lingo.launcher;

/** A program file that is not valid UTF-8: reported like a syntax error, exit code 3. */
public final class MalformedSourceError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedSourceError(String report) {
        super(report, null, false, false);
    }
}
