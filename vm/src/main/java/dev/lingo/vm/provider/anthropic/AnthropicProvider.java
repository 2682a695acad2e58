package dev.lingo.vm.provider.anthropic;

import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import java.util.Map;

/** Anthropic's Messages API. Safe to share between threads. Seeds are not supported by the API and are not sent. */
public final class AnthropicProvider implements Provider {

    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String API_VERSION = "2023-06-01";

    private final Endpoint endpoint;
    private final JsonHttpClient http;

    public AnthropicProvider(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.http = new JsonHttpClient(name(), endpoint, "x-api-key", "");
    }

    /** {@code ANTHROPIC_BASE_URL} (default {@value #DEFAULT_BASE_URL}) and {@code ANTHROPIC_API_KEY}. */
    public static AnthropicProvider fromEnvironment(Map<String, String> env) {
        String base = env.getOrDefault("ANTHROPIC_BASE_URL", "");
        Endpoint endpoint = Endpoint.of(base.isBlank() ? DEFAULT_BASE_URL : base.strip())
                .withApiKey(ApiKey.fromEnvironment(env, "ANTHROPIC_API_KEY").orElse(null));
        return new AnthropicProvider(endpoint);
    }

    @Override
    public String name() {
        return "anthropic";
    }

    @Override
    public SchemaProfile schemaProfile() {
        return SchemaProfile.ANTHROPIC_TOOL;
    }

    /** The forced tool's input schema is in the model's context: repeating it in the prompt only costs tokens. */
    @Override
    public boolean schemaInPrompt() {
        return false;
    }

    @Override
    public ModelResponse complete(ModelRequest request) {
        StructuredSchema schema = schemaFor(request.type());
        var body = AnthropicRequestBody.build(request, schema);
        HttpReply reply = http.post("/v1/messages", body, Map.of("anthropic-version", API_VERSION));
        return AnthropicResponseReader.read(name(), request.model(), schema, reply);
    }

    @Override
    public void prepare() {
        http.prepare();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "AnthropicProvider[" + endpoint + "]";
    }
}
