package dev.lingo.vm.provider;

/** HTTP 4xx other than 408/429: the request itself is wrong (bad key, unknown model, bad schema); retrying cannot help. */
public final class ProviderRejectedException extends ProviderException {

    public ProviderRejectedException(String provider, int status, String detail) {
        super(provider, describe(status) + " (HTTP " + status + "): " + detail, status, false, null, null);
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> "authentication failed";
            case 404 -> "not found";
            default -> "request rejected";
        };
    }
}
