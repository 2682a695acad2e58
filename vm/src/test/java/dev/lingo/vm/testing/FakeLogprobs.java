package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code choices[0].logprobs} as Chat Completions sends it when a request has {@code "logprobs": true}:
 * {@code {"content": [{"token", "logprob", "bytes", "top_logprobs": [...]}], "refusal": null}}. The
 * content is split into word, number, space and punctuation tokens; the first word or number after a
 * {@code :} (a value, not a key) is written with the answer's probability, every other token almost surely.
 */
public final class FakeLogprobs {

    /** An answer and how sure the fake model is of the value in it. */
    public record Scored(String content, double probability) {
    }

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z]+|[0-9]+|\\s+|[^A-Za-z0-9\\s]+");
    private static final double SURE = Math.log(0.99999);

    private FakeLogprobs() {
    }

    static void put(ObjectNode choice, Scored answer, int topLogprobs) {
        ObjectNode logprobs = choice.putObject("logprobs");
        ArrayNode content = logprobs.putArray("content");
        logprobs.putNull("refusal");
        Matcher m = TOKEN.matcher(answer.content());
        boolean afterColon = false;
        while (m.find()) {
            String token = m.group();
            boolean value = afterColon && Character.isLetterOrDigit(token.charAt(0));
            double logprob = value ? Math.log(answer.probability()) : SURE;
            ObjectNode t = content.addObject().put("token", token).put("logprob", logprob);
            bytes(t.putArray("bytes"), token);
            ArrayNode top = t.putArray("top_logprobs");
            if (topLogprobs > 0) {
                bytes(top.addObject().put("token", token).put("logprob", logprob).putArray("bytes"), token);
            }
            if (!token.isBlank()) {
                afterColon = token.endsWith(":") || token.endsWith(":\"");
            }
        }
    }

    private static void bytes(ArrayNode into, String token) {
        for (byte b : token.getBytes(StandardCharsets.UTF_8)) {
            into.add(b & 0xff);
        }
    }
}
