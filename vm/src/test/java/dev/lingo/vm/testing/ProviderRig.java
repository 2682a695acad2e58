package dev.lingo.vm.testing;

import dev.lingo.vm.provider.ApiKey;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.ollama.OllamaProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import java.util.List;
import java.util.function.Consumer;

/**
 * A real provider wired to its fake server, plus a way to script "the model answers this JSON" in
 * that provider's wire shape, so one test can run against every provider.
 */
public record ProviderRig(String name, Provider provider, FakeModelServer server, Consumer<String> answerJson)
        implements AutoCloseable {

    public static final String TEST_KEY = "sk-rigtest-0123456789abcdef";

    public static ProviderRig openAi() {
        FakeOpenAiServer server = new FakeOpenAiServer();
        Provider provider = new OpenAiProvider(Endpoint.of(server.apiBase().toString()).withApiKey(ApiKey.of(TEST_KEY)));
        return new ProviderRig("openai", provider, server, server::answer);
    }

    public static ProviderRig anthropic() {
        FakeAnthropicServer server = new FakeAnthropicServer();
        Provider provider = new AnthropicProvider(Endpoint.of(server.baseUrl().toString()).withApiKey(ApiKey.of(TEST_KEY)));
        return new ProviderRig("anthropic", provider, server, server::toolAnswer);
    }

    public static ProviderRig ollama() {
        FakeOllamaServer server = new FakeOllamaServer();
        Provider provider = new OllamaProvider(Endpoint.of(server.baseUrl().toString()).withApiKey(ApiKey.of(TEST_KEY)));
        return new ProviderRig("ollama", provider, server, server::answer);
    }

    public static List<ProviderRig> all() {
        return List.of(openAi(), anthropic(), ollama());
    }

    /** Script the next answer: a JSON object, delivered as the provider delivers structured output. */
    public ProviderRig answers(String json) {
        answerJson.accept(json);
        return this;
    }

    @Override
    public void close() {
        provider.close();
        server.close();
    }

    @Override
    public String toString() {
        return name;
    }
}
