package dev.lingo.vm.cache;

import dev.lingo.vm.provider.ProviderException;

/** A provider failure read back from a recording: same kind, message and status; never retried. */
public final class ReplayedProviderException extends ProviderException {

    private final String kind;

    ReplayedProviderException(String provider, String kind, String message, int status) {
        super(provider, detail(provider, message), status, false, null, null);
        this.kind = kind;
    }

    /** The message minus the {@code "provider: "} prefix the constructor adds back. */
    private static String detail(String provider, String message) {
        String prefix = provider + ": ";
        return message != null && message.startsWith(prefix) ? message.substring(prefix.length()) : String.valueOf(message);
    }

    @Override
    public String kind() {
        return kind;
    }
}
