package dev.lingo.vm.provider.ollama;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schema.StructuredSchema;

/** The JSON body of {@code /api/chat}: one non-streamed reply, the schema as {@code format}, sampling in {@code options}. */
final class OllamaRequestBody {

    private OllamaRequestBody() {
    }

    static ObjectNode build(ModelRequest request, StructuredSchema schema) {
        ObjectNode body = Json.object().put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            ObjectNode message = messages.addObject().put("role", m.role().wireName()).put("content", m.content());
            if (m.hasImages()) {
                ArrayNode images = message.putArray("images"); // plain base64, no data: prefix
                m.images().forEach(image -> images.add(image.base64()));
            }
        }
        body.put("stream", false);
        if (schema != null) {
            body.set("format", schema.schema());
        }
        ObjectNode options = Json.object();
        if (request.temperature() != null) {
            options.put("temperature", request.temperature());
        }
        if (request.seed() != null) {
            options.put("seed", request.seed());
        }
        if (request.maxTokens() != null) {
            options.put("num_predict", request.maxTokens());
        }
        if (!options.isEmpty()) {
            body.set("options", options);
        }
        return body;
    }
}
