package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;

import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeModelServer;
import dev.lingo.vm.testing.FakeOllamaServer;
import dev.lingo.vm.testing.FakeOpenAiServer;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayOutputStream;

/** Every opcode against every HTTP provider: the value that comes back and the JSON that went out. */
class OpcodeProvidersTest {

    private static final String TYPES = """
                    type Review = { product: String "the product's name", stars: Int in 1..5, tags: [String] }
                    """;

    enum Provider {
        OPENAI, ANTHROPIC, OLLAMA;

        FakeModelServer server() {
            return switch (this) {
                case OPENAI -> new FakeOpenAiServer();
                case ANTHROPIC -> new FakeAnthropicServer();
                case OLLAMA -> new FakeOllamaServer();
            };
        }

        /** Queues {@code json} as the model's answer, in the form this provider's structured output uses. */
        void answer(FakeModelServer server, String json) {
            switch (this) {
                case OPENAI -> ((FakeOpenAiServer) server).answer(json);
                case ANTHROPIC -> ((FakeAnthropicServer) server).toolAnswer(json.startsWith("{") ? json : "{\"value\": " + json + "}");
                case OLLAMA -> ((FakeOllamaServer) server).answer(json);
            }
        }

        Context context(FakeModelServer server) {
            // No answer cache: each test's server has a new port, but a port the OS hands out again
            // would make the same cache key, and a test would get another test's answer.
            Context.Builder b = Context.newBuilder("lingo").err(new ByteArrayOutputStream()).option("lingo.Cache", "off")
                            .allowIO(IOAccess.newBuilder().allowHostSocketAccess(true).build()); // the fake server
            return switch (this) {
                case OPENAI -> b.environment("OPENAI_BASE_URL", server.baseUrl() + "/v1").environment("OPENAI_API_KEY", "sk-test-1").build();
                case ANTHROPIC -> b.environment("ANTHROPIC_BASE_URL", server.baseUrl().toString())
                                .environment("ANTHROPIC_API_KEY", "sk-ant-test-1").build();
                case OLLAMA -> b.environment("OLLAMA_HOST", server.baseUrl().toString()).build();
            };
        }

        /** The JSON Schema the request carried. */
        JsonNode schema(JsonNode request) {
            return switch (this) {
                case OPENAI -> request.at("/response_format/json_schema/schema");
                case ANTHROPIC -> request.at("/tools/0/input_schema");
                case OLLAMA -> request.get("format");
            };
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void extractReturnsATypedRecord(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "{\"product\": \"kettle\", \"stars\": 4, \"tags\": [\"fast\"]}");
            Value review = context.eval("lingo", TYPES + "let r = extract Review from \"The kettle boils fast. 4/5\"\nr");
            assertEquals("kettle", review.getMember("product").asString());
            assertEquals(4, review.getMember("stars").asLong());
            assertEquals("Review", context.eval("lingo", "typeOf(r)").asString());
            JsonNode schema = provider.schema(server.lastRequest().json());
            assertEquals("the product's name", schema.at("/properties/product/description").asText(), schema.toString());
            assertEquals(5, schema.at("/properties/stars/maximum").asInt(), schema.toString());
            assertTrue(server.lastRequest().body().contains("The kettle boils fast. 4/5"));
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void classifyAnswersOneOfItsLabels(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "\"billing\"");
            Value label = context.eval("lingo", "classify \"I was charged twice\" as \"bug\" | \"billing\" | \"praise\"");
            assertEquals("billing", label.asString());
            assertTrue(provider.schema(server.lastRequest().json()).toString().contains("\"bug\",\"billing\",\"praise\""),
                            provider.schema(server.lastRequest().json()).toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void checkAnswersABool(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "true");
            assertTrue(context.eval("lingo", "check \"the customer asks for a refund\" on \"I want my money back\"").asBoolean());
            String body = server.lastRequest().body();
            assertTrue(body.contains("the customer asks for a refund") && body.contains("I want my money back"), body);
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void genWithATypeAndOptions(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "[\"tea\", \"coffee\"]");
            Value drinks = context.eval("lingo", "gen [String] from \"Name two hot drinks\" using {temperature: 0.5, maxTokens: 50}");
            assertEquals(2, drinks.getArraySize());
            assertEquals("coffee", drinks.getArrayElement(1).asString());
            JsonNode request = server.lastRequest().json();
            String temperature = provider == Provider.OLLAMA ? "/options/temperature" : "/temperature";
            assertEquals(0.5, request.at(temperature).asDouble(), request.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aMisfitIsReaskedWithItsErrorsThenAccepted(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "{\"product\": \"kettle\", \"stars\": 9, \"tags\": []}");
            provider.answer(server, "{\"product\": \"kettle\", \"stars\": 5, \"tags\": []}");
            Value review = context.eval("lingo", TYPES + "extract Review from \"great kettle\"");
            assertEquals(5, review.getMember("stars").asLong());
            assertEquals(2, server.requests().size());
            assertTrue(server.requests().get(1).body().contains("stars"), server.requests().get(1).body());
        }
    }

    @ParameterizedTest
    @EnumSource(Provider.class)
    void aMisfitThatPersistsIsACatchableTypedError(Provider provider) {
        try (FakeModelServer server = provider.server(); Context context = provider.context(server)) {
            provider.answer(server, "{\"product\": \"kettle\", \"stars\": 9, \"tags\": []}");
            provider.answer(server, "{\"product\": \"kettle\", \"stars\": 7, \"tags\": []}");
            Value error = context.eval("lingo", TYPES + """
                            try { extract Review from "great kettle" using {retries: 1} } catch e { e }
                            """);
            assertEquals("ModelAnswerError", error.getMember("kind").asString());
            assertTrue(error.getMember("message").asString().contains("stars"), error.getMember("message").asString());
            assertTrue(error.getMember("data").getMember("raw").asString().replace(" ", "").contains("\"stars\":7"));
            assertFalse(error.toString().contains("sk-"), error.toString());
        }
    }
}
