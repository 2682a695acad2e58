package dev.lingo.vm.provider;

import java.time.Duration;

/** HTTP 429: too many requests or tokens; retry after the server's {@code Retry-After} when given. */
public final class RateLimitedException extends ProviderException {

    public RateLimitedException(String provider, String detail, Duration retryAfter) {
        super(provider, "rate limited (HTTP 429)" + (retryAfter == null ? "" : ", retry after " + retryAfter.toMillis() + " ms")
                + ": " + detail, 429, true, retryAfter, null);
    }

    @Override
    public String kind() {
        return "ModelRateLimitError";
    }
}
