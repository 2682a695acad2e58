package dev.lingo.vm.machine;

import java.util.Map;
import java.util.TreeMap;

/**
 * Which model to ask and how to reach it: a provider ({@code openai}, {@code anthropic},
 * {@code ollama}, {@code local}, {@code offline}), the provider's model id, and settings such as
 * {@code baseUrl}, {@code apiKeyEnv}, {@code host} or {@code path}. Holds no secrets: keys are
 * read from the environment variable a setting names.
 */
public record ModelSpec(String provider, String model, Map<String, String> settings) {

    public static final ModelSpec OFFLINE = new ModelSpec("offline", "offline", Map.of());

    public ModelSpec {
        settings = Map.copyOf(settings);
    }

    /**
     * Reads the short form used by {@code LINGO_MODEL} and the config file:
     * {@code openai:gpt-4o-mini}, {@code anthropic:claude-3-5-haiku-latest}, {@code ollama:llama3.2},
     * {@code gguf:/models/qwen.gguf}, {@code offline}.
     */
    public static ModelSpec parse(String text) {
        String t = text.strip();
        if (t.equals("offline")) {
            return OFFLINE;
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon == t.length() - 1) {
            throw new IllegalArgumentException("\"" + text + "\" is not a model: write provider:model, e.g. openai:gpt-4o-mini,"
                            + " anthropic:claude-3-5-haiku-latest, ollama:llama3.2, gguf:/path/model.gguf or offline");
        }
        String provider = t.substring(0, colon);
        String model = t.substring(colon + 1);
        return switch (provider) {
            case "openai", "anthropic", "ollama" -> new ModelSpec(provider, model, Map.of());
            case "gguf", "local" -> new ModelSpec("local", model, Map.of("path", model));
            default -> throw new IllegalArgumentException("Unknown model provider \"" + provider
                            + "\": use openai, anthropic, ollama, gguf or offline");
        };
    }

    public String setting(String key) {
        return settings.get(key);
    }

    /** A stable text for cache keys and traces, e.g. {@code openai:gpt-4o-mini{baseUrl=…}}. */
    public String key() {
        return provider + ":" + model + (settings.isEmpty() ? "" : new TreeMap<>(settings).toString());
    }

    @Override
    public String toString() {
        return switch (provider) {
            case "offline" -> "offline";
            case "local" -> "gguf:" + model;
            default -> provider + ":" + model;
        };
    }
}
