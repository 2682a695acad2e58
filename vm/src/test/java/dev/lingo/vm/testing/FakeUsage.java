package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Token counts a fake server reports, proportional to text length the way real tokenizers roughly
 * are: one token per four characters, rounded up, plus four per message for the chat framing.
 * The prompt counts every message and the {@code response_format} schema, as OpenAI bills them.
 */
public final class FakeUsage {

    private FakeUsage() {
    }

    public static long tokens(String text) {
        return text == null ? 0 : (text.length() + 3) / 4;
    }

    /** A Messages request: the system prompt, every message (text or text blocks) and the tools' schemas. */
    public static long messagesPromptTokens(JsonNode messagesBody) {
        long tokens = tokens(messagesBody.path("system").isTextual() ? messagesBody.path("system").asText() : messagesBody.path("system").toString());
        for (JsonNode m : messagesBody.path("messages")) {
            JsonNode content = m.path("content");
            tokens += 4 + tokens(content.isTextual() ? content.asText() : content.findValuesAsText("text").toString());
        }
        JsonNode tools = messagesBody.path("tools");
        return tools.isMissingNode() ? tokens : tokens + tokens(FakeJson.write(tools));
    }

    public static long promptTokens(JsonNode chatBody) {
        long tokens = 0;
        for (JsonNode m : chatBody.path("messages")) {
            tokens += 4 + tokens(m.path("content").asText(""));
        }
        JsonNode format = chatBody.path("response_format");
        if (!format.isMissingNode()) {
            tokens += tokens(FakeJson.write(format));
        }
        return tokens;
    }
}
