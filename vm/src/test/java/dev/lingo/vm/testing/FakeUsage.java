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
