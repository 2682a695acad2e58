package dev.lingo.vm.provider;

/** The provider cannot take images (the offline stand-in, an in-process GGUF model): the script must name one that can. */
public final class ImagesUnsupportedException extends ProviderException {

    public ImagesUnsupportedException(String provider, String what) {
        super(provider, what + " cannot see images; send them to a vision model instead, e.g. openai(\"gpt-4o-mini\"),"
                        + " anthropic(\"claude-3-5-haiku-latest\") or ollama(\"llava\")", 0, false, null, null);
    }
}
