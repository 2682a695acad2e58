package dev.lingo.vm.provider;

/** The provider has no embeddings API (Anthropic, an in-process GGUF model): the script must name one that has. */
public final class EmbeddingsUnsupportedException extends ProviderException {

    public EmbeddingsUnsupportedException(String provider) {
        super(provider, "this provider has no embeddings API; embed with an openai(…), ollama(…) or offline() model instead",
                0, false, null, null);
    }
}
