package dev.lingo.vm.provider.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ModelRefusalException;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;

/** Reads a Messages response: the forced tool's input as JSON text, else the text blocks; usage with cache tokens. */
final class AnthropicResponseReader {

    private AnthropicResponseReader() {
    }

    static ModelResponse read(String provider, String requestedModel, StructuredSchema schema, HttpReply reply) {
        JsonNode body = reply.json(provider);
        JsonNode content = body.path("content");
        if (!content.isArray()) {
            throw new MalformedResponseException(provider, reply.status(), "no content in " + reply.excerpt());
        }
        String stop = body.path("stop_reason").isTextual() ? body.get("stop_reason").asText() : null;
        String text = toolInput(content, schema);
        if (text == null) {
            StringBuilder joined = new StringBuilder();
            content.forEach(block -> {
                if ("text".equals(block.path("type").asText())) {
                    joined.append(block.path("text").asText());
                }
            });
            text = joined.toString();
        }
        if ("refusal".equals(stop)) {
            throw new ModelRefusalException(provider, text.isBlank() ? "(no reason given)" : text);
        }
        JsonNode usage = body.path("usage");
        long cacheRead = usage.path("cache_read_input_tokens").asLong(0);
        long cacheWrite = usage.path("cache_creation_input_tokens").asLong(0);
        // Anthropic's input_tokens excludes cached ones; Usage counts every prompt token.
        Usage tokens = new Usage(usage.path("input_tokens").asLong(0) + cacheRead + cacheWrite,
                usage.path("output_tokens").asLong(0), cacheRead, cacheWrite);
        String model = body.path("model").isTextual() ? body.get("model").asText() : requestedModel;
        return new ModelResponse(provider, model, text, tokens, reply.latency(), stop, reply.body(), reply.limitedFor());
    }

    private static String toolInput(JsonNode content, StructuredSchema schema) {
        if (schema == null) {
            return null;
        }
        for (JsonNode block : content) {
            if ("tool_use".equals(block.path("type").asText()) && schema.name().equals(block.path("name").asText())) {
                return Json.write(block.path("input"));
            }
        }
        return null;
    }
}
