package dev.lingo.vm.provider;

import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;

/**
 * A model behind some wire protocol. Implementations are thread-safe: one instance serves many
 * concurrent calls. Failures are {@link ProviderException}s; a reply that does not fit its type is
 * not a provider failure (the caller validates {@link ModelResponse#text()}).
 */
public interface Provider extends AutoCloseable {

    /** A short name for traces and errors, e.g. {@code openai}. */
    String name();

    /** The JSON Schema dialect this provider's structured output accepts. */
    SchemaProfile schemaProfile();

    ModelResponse complete(ModelRequest request);

    /** One vector per text; providers without an embeddings API refuse. */
    default EmbeddingResponse embed(EmbeddingRequest request) {
        throw new EmbeddingsUnsupportedException(name());
    }

    /**
     * Whether prompts should repeat the answer's JSON Schema. True unless the provider is known to
     * show the model the schema it sends (OpenAI's own API with strict structured output,
     * Anthropic's tool input schema): other OpenAI-compatible servers may ignore the schema, and
     * grammar-constrained decoding (Ollama, GGUF) never shows the model its field descriptions.
     */
    default boolean schemaInPrompt() {
        return true;
    }

    /**
     * Whether a request with {@link ModelRequest#confidence} gets its answer's token log-probabilities
     * ({@link ModelResponse#confidence}); a provider that does not is asked for a self-reported one.
     */
    default boolean givesLogprobs() {
        return false;
    }

    /** The schema sent for an answer of {@code type}; null for free text. */
    default StructuredSchema schemaFor(LingoType type) {
        return StructuredSchema.forAnswer(type, schemaProfile());
    }

    /**
     * Makes now what the first request would otherwise make on its way (an HTTP client and its TLS
     * set-up), so a program's first call does not wait for it. Never fails: a problem here is met
     * again, and reported, by the first request.
     */
    default void prepare() {
    }

    @Override
    default void close() {
    }
}
