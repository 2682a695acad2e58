package dev.lingo.vm.provider;

/**
 * A successful HTTP status with a body that does not follow the provider's protocol. Retryable:
 * in practice these are truncated bodies and misbehaving proxies.
 */
public final class MalformedResponseException extends ProviderException {

    public MalformedResponseException(String provider, int status, String detail) {
        super(provider, "unreadable response (HTTP " + status + "): " + detail, status, true, null, null);
    }
}
