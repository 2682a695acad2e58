package dev.lingo.vm.provider.openai;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.schema.SchemaProfile;
import java.time.Duration;
import java.util.Map;

/** A Chat Completions server. Safe to share between threads. */
public final class OpenAiProvider implements Provider {

    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

    private final String name;
    private final Endpoint endpoint;
    private final JsonHttpClient http;
    private final String maxTokensField;
    private final boolean officialApi;

    /** @param name how traces call it: {@code openai}, or e.g. {@code vllm} for another compatible server */
    public OpenAiProvider(String name, Endpoint endpoint) {
        this.name = name;
        this.endpoint = endpoint;
        this.http = new JsonHttpClient(name, endpoint, "Authorization", "Bearer ");
        // OpenAI's newer models refuse max_tokens; most compatible servers only know max_tokens.
        String host = endpoint.baseUrl().getHost();
        this.officialApi = host != null && host.endsWith("openai.com");
        this.maxTokensField = officialApi ? "max_completion_tokens" : "max_tokens";
    }

    public OpenAiProvider(Endpoint endpoint) {
        this("openai", endpoint);
    }

    /** {@code OPENAI_BASE_URL} (default {@value #DEFAULT_BASE_URL}) and {@code OPENAI_API_KEY} (optional for local servers). */
    public static OpenAiProvider fromEnvironment(Map<String, String> env) {
        String base = env.getOrDefault("OPENAI_BASE_URL", "");
        Endpoint endpoint = Endpoint.of(base.isBlank() ? DEFAULT_BASE_URL : base.strip())
                .withApiKey(ApiKey.fromEnvironment(env, "OPENAI_API_KEY").orElse(null));
        return new OpenAiProvider(endpoint);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public SchemaProfile schemaProfile() {
        return SchemaProfile.OPENAI_STRICT;
    }

    /** OpenAI's own API shows the model the strict schema it enforces; a compatible server may ignore it. */
    @Override
    public boolean schemaInPrompt() {
        return !officialApi;
    }

    /** Chat Completions' {@code logprobs: true}; a compatible server that ignores it gives no confidence. */
    @Override
    public boolean givesLogprobs() {
        return true;
    }

    @Override
    public ModelResponse complete(ModelRequest request) {
        var body = OpenAiRequestBody.build(request, schemaFor(request.type()), maxTokensField);
        HttpReply reply = http.post("/chat/completions", body, Map.of());
        return OpenAiResponseReader.read(name, request.model(), reply);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return OpenAiEmbeddings.embed(name, http, request);
    }

    /** The JSON body {@link #complete} POSTs for {@code request}; also the body of a Batch API input line. */
    public ObjectNode requestBody(ModelRequest request) {
        return OpenAiRequestBody.build(request, schemaFor(request.type()), maxTokensField);
    }

    /** Reads a Chat Completions response body that arrived another way, e.g. as a line of a Batch API output file. */
    public ModelResponse readResponse(String requestedModel, String body, Duration latency) {
        String safe = endpoint.apiKey() == null ? body : endpoint.apiKey().redact(body);
        String excerpt = safe.length() > 300 ? safe.substring(0, 300) + "…" : safe;
        return OpenAiResponseReader.read(name, requestedModel, new HttpReply(200, body, latency, excerpt));
    }

    /** Where this provider sends requests (the key inside is never printed). */
    public Endpoint endpoint() {
        return endpoint;
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
        return "OpenAiProvider[" + name + " " + endpoint + "]";
    }
}
