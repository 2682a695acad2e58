package dev.lingo.vm.provider.openai;

import dev.lingo.vm.provider.ProviderException;

/** The request's schema is past OpenAI's strict-mode limits; it was not sent, and sending it again cannot help. */
public final class SchemaTooLargeException extends ProviderException {

    public SchemaTooLargeException(String problem) {
        super("openai", "not sent: " + problem, 0, false, null, null);
    }
}
