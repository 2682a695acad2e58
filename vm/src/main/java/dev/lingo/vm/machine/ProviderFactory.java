package dev.lingo.vm.machine;

import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.trace.SecretRedactor;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the provider a {@link ModelSpec} names, reading keys and endpoints from the environment
 * (or from the variables and URLs the spec's settings name), and puts it behind the run's
 * {@link Scheduler}. A model may have several base URLs, which are load-balanced: the spec's
 * {@code baseUrl} setting as a comma-separated list, else the environment variable (also a list),
 * else {@code endpoints} in lingo.json, else the provider's default. One instance per spec is kept.
 * Every key it reads is told to the run's {@link SecretRedactor}, whatever variable it came from.
 */
final class ProviderFactory implements AutoCloseable {

    private final Map<String, String> env;
    private final Scheduler scheduler;
    private final Map<String, List<String>> configuredEndpoints;
    private final SecretRedactor secrets;
    private final MachineAccess access;
    private final Map<ModelSpec, ScheduledProvider> providers = new ConcurrentHashMap<>();
    private volatile Recent last;

    ProviderFactory(Map<String, String> env, Scheduler scheduler, Map<String, List<String>> configuredEndpoints, SecretRedactor secrets,
                    MachineAccess access) {
        this.secrets = secrets;
        this.access = access;
        this.env = env;
        this.scheduler = scheduler;
        this.configuredEndpoints = configuredEndpoints;
    }

    /** Every opcode asks this, so the common case takes no lock; a map's opcodes ask with one spec object. */
    ScheduledProvider get(ModelSpec spec) {
        Recent recent = last;
        if (recent != null && recent.spec() == spec) {
            return recent.provider();
        }
        ScheduledProvider p = lookUp(spec);
        last = new Recent(spec, p);
        return p;
    }

    private record Recent(ModelSpec spec, ScheduledProvider provider) {
    }

    private ScheduledProvider lookUp(ModelSpec spec) {
        ModelSpec key = new ModelSpec(spec.provider(), "", spec.settings()); // one provider serves all its models
        ScheduledProvider p = providers.get(key);
        return p != null ? p : create(key, spec);
    }

    private synchronized ScheduledProvider create(ModelSpec key, ModelSpec spec) {
        ScheduledProvider p = providers.get(key);
        if (p == null) {
            p = scheduler.provider(targets(spec));
            providers.put(key, p);
        }
        return p;
    }

    /** The run's secrets: the keys read so far, and those in the environment. */
    SecretRedactor secrets() {
        return secrets;
    }

    /** Where Batch API jobs for an OpenAI model go: its first base URL, with its key. */
    Endpoint openAiEndpoint(ModelSpec spec) {
        Endpoint endpoint = endpoint(spec, baseUrls(spec, "OPENAI_BASE_URL", OpenAiProvider.DEFAULT_BASE_URL).getFirst(), "OPENAI_API_KEY");
        if (!access.mayConnect(endpoint.baseUrl()) || !access.files()) { // a job is journalled in the cache folder
            throw new AccessDeniedException(access.files() ? access.refusal("openai", endpoint.baseUrl())
                    : "Batch API jobs are not allowed: they are journalled on disk, and this Lingo context's embedder did not allow file IO");
        }
        return endpoint;
    }

    private List<Scheduler.Target> targets(ModelSpec spec) {
        return switch (spec.provider()) {
            case "openai" -> http(spec, "OPENAI_BASE_URL", "https://api.openai.com/v1", "OPENAI_API_KEY");
            case "anthropic" -> http(spec, "ANTHROPIC_BASE_URL", "https://api.anthropic.com", "ANTHROPIC_API_KEY");
            case "ollama" -> http(spec, "OLLAMA_HOST", "http://127.0.0.1:11434", null);
            case "offline" -> List.of(new Scheduler.Target("offline", null, "offline", OfflineProviders.offline()));
            case "local" -> List.of(new Scheduler.Target("local", null, "local " + spec.setting("path"), OfflineProviders.local(allowedLocal(spec))));
            default -> throw new IllegalArgumentException("Unknown model provider \"" + spec.provider() + "\"");
        };
    }

    /** A local model file is read by native code, past the embedder's file system: it needs both granted. */
    private ModelSpec allowedLocal(ModelSpec spec) {
        if (!access.files() || !access.nativeCode()) {
            throw new AccessDeniedException("local model " + spec.setting("path") + " is not allowed: it needs file access and"
                    + " native access, and this Lingo context's embedder did not allow " + (access.files() ? "native access" : "file IO"));
        }
        return spec;
    }

    private List<Scheduler.Target> http(ModelSpec spec, String urlVariable, String defaultUrl, String keyVariable) {
        List<Scheduler.Target> targets = new ArrayList<>();
        for (String url : baseUrls(spec, urlVariable, defaultUrl)) {
            Endpoint endpoint = endpoint(spec, url, keyVariable);
            Provider client = switch (spec.provider()) {
                case "openai" -> new OpenAiProvider(endpoint);
                case "anthropic" -> new AnthropicProvider(endpoint);
                default -> new OllamaProvider(endpoint);
            };
            URI base = endpoint.baseUrl();
            if (!access.mayConnect(base)) {
                throw new AccessDeniedException(access.refusal(spec.provider(), base)); // before a key is sent anywhere
            }
            targets.add(new Scheduler.Target(spec.provider(), base, spec.provider() + " " + base, client));
        }
        return targets;
    }

    private List<String> baseUrls(ModelSpec spec, String urlVariable, String defaultUrl) {
        String listed = spec.setting("baseUrl");
        if (listed == null || listed.isBlank()) {
            listed = env.getOrDefault(urlVariable, "");
        }
        List<String> urls = new ArrayList<>(Arrays.stream(listed.split(",")).map(String::strip).filter(u -> !u.isEmpty()).toList());
        if (urls.isEmpty()) {
            urls.addAll(configuredEndpoints.getOrDefault(spec.provider(), List.of(defaultUrl)));
        }
        // one spelling per server: its limits, breaker and cache entries must not split over "…/v1" and "…/v1/"
        return urls.stream().map(u -> u.contains("://") ? u : "http://" + u).map(u -> u.replaceAll("/+$", "")).distinct().toList();
    }

    private Endpoint endpoint(ModelSpec spec, String url, String keyVariable) {
        Endpoint endpoint = Endpoint.of(url);
        String keyVar = spec.setting("apiKeyEnv") != null ? spec.setting("apiKeyEnv") : keyVariable;
        if (keyVar != null && !ApiKey.isKeyVariable(keyVar)) { // a spec from lingo.json or an embedder, not only a script
            throw new IllegalArgumentException(ApiKey.notAKeyVariable(keyVar));
        }
        if (keyVar != null) {
            var key = ApiKey.fromEnvironment(env, keyVar);
            if (key.isPresent()) {
                secrets.remember(key.get());
                endpoint = endpoint.withApiKey(key.get());
            }
        }
        String timeout = spec.setting("timeoutSeconds");
        if (timeout != null) {
            endpoint = endpoint.withRequestTimeout(seconds(timeout));
        }
        return endpoint;
    }

    /** Whole or fractional seconds ({@code 30}, {@code 0.5}). */
    private static Duration seconds(String text) {
        try {
            double s = Double.parseDouble(text.strip());
            if (!(s > 0)) {
                throw new NumberFormatException();
            }
            return Duration.ofNanos((long) (s * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("timeoutSeconds must be a positive number of seconds, not \"" + text + "\"");
        }
    }

    @Override
    public synchronized void close() {
        last = null;
        for (Provider p : providers.values()) {
            p.close();
        }
        providers.clear();
    }
}
