package dev.lingo.vm.provider.ollama;

import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.schema.SchemaProfile;
import java.util.Map;

/** An Ollama server. Safe to share between threads. A key, if the endpoint has one (a proxy), goes as a Bearer token. */
public final class OllamaProvider implements Provider {

    public static final String DEFAULT_HOST = "http://127.0.0.1:11434";

    private final Endpoint endpoint;
    private final JsonHttpClient http;

    public OllamaProvider(Endpoint endpoint) {
        this.endpoint = endpoint;
        this.http = new JsonHttpClient(name(), endpoint, "Authorization", "Bearer ");
    }

    /** {@code OLLAMA_HOST} as Ollama reads it: {@code host:port} or a URL; default {@value #DEFAULT_HOST}. */
    public static OllamaProvider fromEnvironment(Map<String, String> env) {
        String host = env.getOrDefault("OLLAMA_HOST", "").strip();
        if (host.isEmpty()) {
            host = DEFAULT_HOST;
        } else if (!host.contains("://")) {
            host = "http://" + host;
        }
        return new OllamaProvider(Endpoint.of(host));
    }

    @Override
    public String name() {
        return "ollama";
    }

    @Override
    public SchemaProfile schemaProfile() {
        return SchemaProfile.STANDARD;
    }

    @Override
    public ModelResponse complete(ModelRequest request) {
        var body = OllamaRequestBody.build(request, schemaFor(request.type()));
        HttpReply reply = http.post("/api/chat", body, Map.of());
        return OllamaResponseReader.read(name(), request.model(), reply);
    }

    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        return OllamaEmbeddings.embed(name(), http, request);
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
        return "OllamaProvider[" + endpoint + "]";
    }
}
