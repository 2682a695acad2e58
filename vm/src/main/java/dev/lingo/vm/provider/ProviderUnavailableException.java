package dev.lingo.vm.provider;

import java.time.Duration;

/** HTTP 5xx (and 408, Anthropic's 529 "overloaded"): the server failed; the same request may work later. */
public final class ProviderUnavailableException extends ProviderException {

    public ProviderUnavailableException(String provider, int status, String detail, Duration retryAfter) {
        super(provider, "server error (HTTP " + status + "): " + detail, status, true, retryAfter, null);
    }
}
