package dev.lingo.vm.machine;

import java.util.Map;

/**
 * The model {@code embed} asks when the script names none: {@code LINGO_EMBED_MODEL}
 * (e.g. {@code openai:text-embedding-3-small}), else the embedding model of the default model's
 * provider: OpenAI's {@value #OPENAI}, Ollama's {@value #OLLAMA}; providers without an embeddings
 * API (Anthropic, GGUF) and the offline default use the in-jar MiniLM.
 */
final class EmbeddingDefaults {

    static final String OPENAI = "text-embedding-3-small";
    static final String OLLAMA = "nomic-embed-text";

    private EmbeddingDefaults() {
    }

    static ModelSpec resolve(Map<String, String> env, ModelSpec defaultModel) {
        String chosen = env.get("LINGO_EMBED_MODEL");
        if (chosen != null && !chosen.isBlank()) {
            return ModelSpec.parse(chosen.strip());
        }
        return switch (defaultModel.provider()) {
            case "openai" -> new ModelSpec("openai", OPENAI, defaultModel.settings());
            case "ollama" -> new ModelSpec("ollama", OLLAMA, defaultModel.settings());
            default -> ModelSpec.OFFLINE;
        };
    }

    /** Whether the chat model's provider has no embeddings of its own, so MiniLM stands in (said once per run). */
    static boolean standsIn(Map<String, String> env, ModelSpec defaultModel) {
        String chosen = env.get("LINGO_EMBED_MODEL");
        return (chosen == null || chosen.isBlank()) && (defaultModel.provider().equals("anthropic") || defaultModel.provider().equals("local"));
    }
}
