package dev.lingo.vm.provider.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.ImageInput;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schema.StrictSchemaLimits;
import dev.lingo.vm.schema.StructuredSchema;

/** The JSON body of a Chat Completions request. */
final class OpenAiRequestBody {

    private OpenAiRequestBody() {
    }

    static ObjectNode build(ModelRequest request, StructuredSchema schema, String maxTokensField) {
        ObjectNode body = Json.object().put("model", request.model());
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            ObjectNode message = messages.addObject().put("role", m.role().wireName());
            if (m.hasImages()) {
                // content parts: the text, then each image as a data URL
                ArrayNode parts = message.putArray("content");
                parts.addObject().put("type", "text").put("text", m.content());
                for (ImageInput image : m.images()) {
                    parts.addObject().put("type", "image_url").putObject("image_url").put("url", image.dataUrl());
                }
            } else {
                message.put("content", m.content());
            }
        }
        if (schema != null) {
            StrictSchemaLimits.problem(schema.schema()).ifPresent(problem -> {
                throw new SchemaTooLargeException(problem);
            });
            ObjectNode jsonSchema = body.putObject("response_format").put("type", "json_schema").putObject("json_schema");
            jsonSchema.put("name", schema.name()).put("strict", true).set("schema", schema.schema());
        }
        if (request.temperature() != null) {
            body.put("temperature", request.temperature());
        }
        if (request.maxTokens() != null) {
            body.put(maxTokensField, request.maxTokens());
        }
        if (request.seed() != null) {
            body.put("seed", request.seed());
        }
        if (request.confidence()) { // the chosen tokens' log-probabilities are enough: no alternatives needed
            body.put("logprobs", true);
        }
        return body;
    }
}
