package dev.lingo.vm.machine;

import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * Makes the provider a {@link ModelSpec} names, reading keys and endpoints from the environment
 * (or from the variables and URLs the spec's settings name). One instance per endpoint is kept.
 */
final class ProviderFactory implements AutoCloseable {

    private final Map<String, String> env;
    private final Map<String, Provider> providers = new HashMap<>();

    ProviderFactory(Map<String, String> env) {
        this.env = env;
    }

    synchronized Provider get(ModelSpec spec) {
        String key = spec.provider() + spec.settings();
        Provider p = providers.get(key);
        if (p == null) {
            p = create(spec);
            providers.put(key, p);
        }
        return p;
    }

    private Provider create(ModelSpec spec) {
        return switch (spec.provider()) {
            case "openai" -> new OpenAiProvider(endpoint(spec, "OPENAI_BASE_URL", "https://api.openai.com/v1", "OPENAI_API_KEY"));
            case "anthropic" -> new AnthropicProvider(endpoint(spec, "ANTHROPIC_BASE_URL", "https://api.anthropic.com", "ANTHROPIC_API_KEY"));
            case "ollama" -> new OllamaProvider(endpoint(spec, "OLLAMA_HOST", "http://127.0.0.1:11434", null));
            case "offline" -> OfflineProviders.offline();
            case "local" -> OfflineProviders.local(spec);
            default -> throw new IllegalArgumentException("Unknown model provider \"" + spec.provider() + "\"");
        };
    }

    private Endpoint endpoint(ModelSpec spec, String urlVariable, String defaultUrl, String keyVariable) {
        String url = spec.setting("baseUrl");
        if (url == null) {
            url = env.getOrDefault(urlVariable, "");
        }
        if (url.isBlank()) {
            url = defaultUrl;
        }
        if (!url.contains("://")) {
            url = "http://" + url;
        }
        Endpoint endpoint = Endpoint.of(url);
        String keyVar = spec.setting("apiKeyEnv") != null ? spec.setting("apiKeyEnv") : keyVariable;
        if (keyVar != null) {
            var key = ApiKey.fromEnvironment(env, keyVar);
            if (key.isPresent()) {
                endpoint = endpoint.withApiKey(key.get());
            }
        }
        String timeout = spec.setting("timeoutSeconds");
        if (timeout != null) {
            endpoint = endpoint.withRequestTimeout(java.time.Duration.ofSeconds(Long.parseLong(timeout)));
        }
        return endpoint;
    }

    @Override
    public synchronized void close() {
        for (Provider p : providers.values()) {
            p.close();
        }
        providers.clear();
    }
}
