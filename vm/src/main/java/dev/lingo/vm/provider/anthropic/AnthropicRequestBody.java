package dev.lingo.vm.provider.anthropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.ImageInput;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schema.StructuredSchema;

/** The JSON body of a Messages request; the answer schema becomes a tool the model must call. */
final class AnthropicRequestBody {

    /** The API requires max_tokens; this is sent when the request sets none. */
    static final int DEFAULT_MAX_TOKENS = 1024;

    private AnthropicRequestBody() {
    }

    static ObjectNode build(ModelRequest request, StructuredSchema schema) {
        ObjectNode body = Json.object().put("model", request.model());
        body.put("max_tokens", request.maxTokens() != null ? request.maxTokens() : DEFAULT_MAX_TOKENS);
        if (request.systemPrompt() != null) {
            body.put("system", request.systemPrompt());
        }
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.turns()) {
            ObjectNode message = messages.addObject().put("role", m.role().wireName());
            if (m.hasImages()) {
                // content blocks: images first, then the text, as Anthropic's vision guide advises
                ArrayNode blocks = message.putArray("content");
                for (ImageInput image : m.images()) {
                    blocks.addObject().put("type", "image").putObject("source")
                            .put("type", "base64").put("media_type", image.mediaType()).put("data", image.base64());
                }
                blocks.addObject().put("type", "text").put("text", m.content());
            } else {
                message.put("content", m.content());
            }
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (schema != null) {
            ObjectNode tool = body.putArray("tools").addObject();
            tool.put("name", schema.name());
            tool.put("description", "Give your answer by calling this tool with input that matches its schema.");
            tool.set("input_schema", schema.schema());
            body.putObject("tool_choice").put("type", "tool").put("name", schema.name());
        }
        return body;
    }
}
