package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ProviderException;

/** A retryable failure that kept happening until the attempts ran out; keeps the last failure's kind and status. */
public final class RetriesExhaustedException extends ProviderException {

    private final ProviderException last;

    public RetriesExhaustedException(ProviderException last, int attempts) {
        super(last.provider(), detail(last) + " (gave up after " + attempts + (attempts == 1 ? " attempt)" : " attempts)"),
                last.status(), true, last.retryAfter().orElse(null), last);
        this.last = last;
    }

    public ProviderException last() {
        return last;
    }

    @Override
    public String kind() {
        return last.kind();
    }

    private static String detail(ProviderException e) {
        String prefix = e.provider() + ": ";
        String m = e.getMessage();
        return m.startsWith(prefix) ? m.substring(prefix.length()) : m;
    }
}
