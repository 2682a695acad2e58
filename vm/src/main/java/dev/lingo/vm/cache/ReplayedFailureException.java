package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;

/** Any other failure read back from a recording, with its original kind and message. */
public final class ReplayedFailureException extends ModelCallException {

    private final String kind;

    ReplayedFailureException(String kind, String message) {
        super(message, null);
        this.kind = kind;
    }

    @Override
    public String kind() {
        return kind;
    }
}
