package dev.lingo.vm.provider.ollama;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Usage;

/** Reads an {@code /api/chat} reply: {@code message.content}, {@code prompt_eval_count} / {@code eval_count} as tokens. */
final class OllamaResponseReader {

    private OllamaResponseReader() {
    }

    static ModelResponse read(String provider, String requestedModel, HttpReply reply) {
        JsonNode body = reply.json(provider);
        JsonNode content = body.path("message").path("content");
        if (!content.isTextual()) {
            throw new MalformedResponseException(provider, reply.status(), "no message content in " + reply.excerpt());
        }
        Usage tokens = new Usage(body.path("prompt_eval_count").asLong(0), body.path("eval_count").asLong(0), 0, 0);
        String model = body.path("model").isTextual() ? body.get("model").asText() : requestedModel;
        String done = body.path("done_reason").isTextual() ? body.get("done_reason").asText() : null;
        return new ModelResponse(provider, model, content.asText(), tokens, reply.latency(), done, reply.body(), reply.limitedFor());
    }
}
