package dev.lingo.vm.provider;

import dev.lingo.vm.ModelCallException;
import java.time.Duration;
import java.util.Optional;

/**
 * A provider call failed before an answer could be read. {@link #retryable()} says whether the same
 * request may succeed later; {@link #retryAfter()} is the server's hint, when it gave one.
 */
public abstract class ProviderException extends ModelCallException {

    private final String provider;
    private final int status;
    private final boolean retryable;
    private final Duration retryAfter;

    protected ProviderException(String provider, String detail, int status, boolean retryable,
                                Duration retryAfter, Throwable cause) {
        super(provider + ": " + detail, cause);
        this.provider = provider;
        this.status = status;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    @Override
    public String kind() {
        return "ModelProviderError";
    }

    public String provider() {
        return provider;
    }

    /** The HTTP status, or 0 when there was no HTTP response (timeout, connection failure). */
    public int status() {
        return status;
    }

    public boolean retryable() {
        return retryable;
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
