package dev.lingo.vm.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ModelRefusalException;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Usage;

/** Reads a Chat Completions response: first choice's content (or refusal), usage with cached tokens. */
final class OpenAiResponseReader {

    private OpenAiResponseReader() {
    }

    static ModelResponse read(String provider, String requestedModel, HttpReply reply) {
        JsonNode body = reply.json(provider);
        JsonNode choices = body.path("choices");
        if (!choices.isArray() || choices.isEmpty()) {
            throw new MalformedResponseException(provider, reply.status(), "no choices in " + reply.excerpt());
        }
        JsonNode choice = choices.get(0);
        JsonNode message = choice.path("message");
        if (message.path("refusal").isTextual()) {
            throw new ModelRefusalException(provider, message.get("refusal").asText());
        }
        String text = content(message.path("content"));
        if (text == null) {
            throw new MalformedResponseException(provider, reply.status(), "no message content in " + reply.excerpt());
        }
        JsonNode usage = body.path("usage");
        Usage tokens = new Usage(usage.path("prompt_tokens").asLong(0), usage.path("completion_tokens").asLong(0),
                usage.path("prompt_tokens_details").path("cached_tokens").asLong(0), 0);
        String model = body.path("model").isTextual() ? body.get("model").asText() : requestedModel;
        String finish = choice.path("finish_reason").isTextual() ? choice.get("finish_reason").asText() : null;
        return new ModelResponse(provider, model, text, tokens, reply.latency(), finish, reply.body(), reply.limitedFor());
    }

    /** A string, or (some compatible servers) a list of {type: text, text} parts. */
    private static String content(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        if (content.isArray()) {
            StringBuilder text = new StringBuilder();
            content.forEach(part -> text.append(part.path("text").asText("")));
            return text.toString();
        }
        return null;
    }
}
