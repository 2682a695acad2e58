package dev.lingo.vm.provider.openai;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.answer.AnswerConfidence;
import dev.lingo.vm.answer.AnswerConfidence.TokenLogprob;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ModelRefusalException;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Usage;
import java.util.ArrayList;
import java.util.List;

/** Reads a Chat Completions response: first choice's content (or refusal), usage with cached tokens, the answer's confidence from its logprobs. */
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
        return new ModelResponse(provider, model, text, tokens, reply.latency(), finish, reply.body(), reply.limitedFor(),
                        confidence(text, choice.path("logprobs").path("content")));
    }

    /**
     * {@code choices[0].logprobs.content}: {@code [{token, logprob, bytes, top_logprobs}]} when the request
     * asked for {@code logprobs}; null when there are none (not asked, or a server that ignores it).
     */
    private static Double confidence(String text, JsonNode content) {
        if (!content.isArray() || content.isEmpty()) {
            return null;
        }
        List<TokenLogprob> tokens = new ArrayList<>(content.size());
        for (JsonNode t : content) {
            double logprob = t.path("logprob").asDouble(Double.NEGATIVE_INFINITY);
            JsonNode bytes = t.path("bytes");
            if (bytes.isArray()) { // a token may hold part of a character: its bytes say which
                byte[] raw = new byte[bytes.size()];
                for (int i = 0; i < raw.length; i++) {
                    raw[i] = (byte) bytes.get(i).asInt();
                }
                tokens.add(new TokenLogprob(raw, logprob));
            } else {
                tokens.add(TokenLogprob.of(t.path("token").asText(""), logprob));
            }
        }
        return AnswerConfidence.of(text, tokens);
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
