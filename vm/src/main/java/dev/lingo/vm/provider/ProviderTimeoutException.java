package dev.lingo.vm.provider;

import java.time.Duration;

/** No (complete) answer within the endpoint's timeout. */
public final class ProviderTimeoutException extends ProviderException {

    public ProviderTimeoutException(String provider, Duration timeout, Throwable cause) {
        super(provider, "no answer within " + timeout.toMillis() + " ms", 0, true, null, cause);
    }

    @Override
    public String kind() {
        return "ModelTimeoutError";
    }
}
