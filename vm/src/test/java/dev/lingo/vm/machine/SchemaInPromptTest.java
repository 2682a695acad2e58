package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.anthropic.AnthropicProvider;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.FakeUsage;
import dev.lingo.vm.testing.SampleTypes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The prompt repeats the answer's JSON Schema only where the model would not see it otherwise:
 * an OpenAI-compatible server may ignore {@code response_format}; OpenAI's own API and
 * Anthropic's tool input schema put it in front of the model already.
 */
class SchemaInPromptTest {

    private static final String REVIEW_ANSWER = "{\"product\":\"kettle\",\"stars\":2,\"sentiment\":\"negative\","
            + "\"complaints\":[\"loud\"],\"email\":null}";
    private static final Opcode EXTRACT = Opcode.extract(SampleTypes.REVIEW, "The kettle is loud. 2 stars.");

    @Test
    void providersSayWhetherTheyShowTheModelTheSchema() {
        assertFalse(new OpenAiProvider(Endpoint.of(OpenAiProvider.DEFAULT_BASE_URL)).schemaInPrompt());
        assertTrue(new OpenAiProvider(Endpoint.of("http://127.0.0.1:8000/v1")).schemaInPrompt(), "a vLLM or llama.cpp server");
        assertFalse(new AnthropicProvider(Endpoint.of("https://api.anthropic.com")).schemaInPrompt());
    }

    @Test
    void aCompatibleServerGetsTheSchemaInThePromptUnlessTheModelSaysOtherwise(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir)) {
            server.answerAlways(REVIEW_ANSWER, java.time.Duration.ZERO);
            ModelSpec auto = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString()));
            ModelSpec lean = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(),
                    "schemaInPrompt", "false"));
            assertEquals(2, machine.run(List.of(auto), EXTRACT, CallOptions.NONE).value().path("stars").asInt());
            assertEquals(2, machine.run(List.of(lean), EXTRACT, CallOptions.NONE).value().path("stars").asInt());
            assertEquals(2, server.requests().size(), "the two prompts differ, so the cache does not answer the second");
            JsonNode full = server.requests().get(0).json();
            JsonNode short_ = server.requests().get(1).json();
            assertTrue(system(full).contains("\"complaints\""), system(full));
            assertFalse(system(short_).contains("\"complaints\""), system(short_));
            assertTrue(system(short_).contains("JSON Schema this request gives"), system(short_));
            assertEquals(full.path("response_format"), short_.path("response_format"), "the schema still goes with the request");
            long fullTokens = FakeUsage.promptTokens(full);
            long shortTokens = FakeUsage.promptTokens(short_);
            assertTrue(shortTokens < 0.8 * fullTokens, shortTokens + " prompt tokens without the copy, " + fullTokens + " with");
        }
    }

    @Test
    void lingoJsonDecidesForEveryModelThatDoesNotSayOtherwise(@TempDir Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("lingo.json"), "{\"schemaInPrompt\": false}");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir)) {
            server.answerAlways(REVIEW_ANSWER, java.time.Duration.ZERO);
            ModelSpec project = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString()));
            ModelSpec own = new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", server.apiBase().toString(),
                    "schemaInPrompt", "true"));
            machine.run(List.of(project), EXTRACT, CallOptions.NONE);
            machine.run(List.of(own), EXTRACT, CallOptions.NONE);
            assertFalse(system(server.requests().get(0).json()).contains("\"complaints\""));
            assertTrue(system(server.requests().get(1).json()).contains("\"complaints\""), "the model's own setting wins");
        }
        java.nio.file.Files.writeString(dir.resolve("lingo.json"), "{\"schemaInPrompt\": \"no\"}");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ModelDefaults.ProjectConfig.find(dir));
        assertTrue(e.getMessage().contains("\"schemaInPrompt\" is true or false, not \"no\""), e.getMessage());
        assertTrue(e.getMessage().contains("lingo.json"), e.getMessage());
    }

    @Test
    void anthropicGetsTheSchemaOnlyAsTheToolInputSchema(@TempDir Path dir) {
        try (FakeAnthropicServer server = new FakeAnthropicServer(); ModelMachine machine = machine(dir)) {
            server.toolAnswer(REVIEW_ANSWER);
            ModelSpec spec = new ModelSpec("anthropic", "claude-sonnet-4", Map.of("baseUrl", server.baseUrl().toString()));
            assertEquals("kettle", machine.run(List.of(spec), EXTRACT, CallOptions.NONE).value().path("product").asText());
            JsonNode body = server.requests().getFirst().json();
            String system = body.path("system").asText();
            assertFalse(system.contains("\"complaints\""), system);
            assertTrue(body.path("tools").get(0).path("input_schema").path("properties").has("complaints"), body.toString());
        }
    }

    private static ModelMachine machine(Path dir) {
        return new ModelMachine(Map.of("LINGO_CACHE_DIR", dir.resolve("cache").toString()), dir, n -> { });
    }

    private static String system(JsonNode chatBody) {
        return chatBody.path("messages").get(0).path("content").asText();
    }
}
