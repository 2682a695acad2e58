package dev.lingo.vm.provider.local;

import dev.lingo.vm.provider.ProviderException;

/** The in-process engine could not load its model file or failed while generating. Not retryable. */
public final class LocalModelException extends ProviderException {

    public LocalModelException(String detail, Throwable cause) {
        super("local", detail, 0, false, null, cause);
    }
}
