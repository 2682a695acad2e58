package dev.lingo.vm.provider;

/** The server could not be reached or dropped the connection. */
public final class ProviderConnectionException extends ProviderException {

    public ProviderConnectionException(String provider, String detail, Throwable cause) {
        super(provider, detail, 0, true, null, cause);
    }
}
