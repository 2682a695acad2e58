package dev.lingo.vm.provider;

/** The model declined to answer (OpenAI {@code refusal}, Anthropic {@code stop_reason: refusal}). */
public final class ModelRefusalException extends ProviderException {

    public ModelRefusalException(String provider, String refusal) {
        super(provider, "the model refused: " + refusal, 200, false, null, null);
    }

    @Override
    public String kind() {
        return "ModelRefusalError";
    }
}
