package dev.lingo.vm.trace;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.Usage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One typed model call, successful or not, with all its attempts summed.
 *
 * @param startedAt  when the first attempt was sent
 * @param provider   e.g. {@code openai}
 * @param model      the model id requested
 * @param messages   the conversation of the last attempt (re-asks included)
 * @param schemaHash hash of the schema sent, null for free text
 * @param rawAnswer  the last answer's text, null if no answer arrived
 * @param value      the checked value, null on failure
 * @param usage      tokens over all attempts
 * @param cost       US dollars over all attempts; null when the model has no price
 * @param latency    time spent waiting for the provider, over all attempts
 * @param retries    re-asks after an invalid answer (0 when the first answer fitted)
 * @param error      the failure's message, null on success
 * @param finishReason why the last answer ended, as the provider said ({@code stop}, {@code length},
 *                   {@code max_tokens}, {@code content_filter}…); null when no answer arrived or none was said
 * @param confidence how sure the model was of the last answer, 0..1, when the request asked for its
 *                   log-probabilities (a cascade's first model) and they came; else null
 */
public record CallRecord(Instant startedAt, String provider, String model, List<Message> messages,
                         String schemaHash, String rawAnswer, JsonNode value, Usage usage, Double cost,
                         Duration latency, int retries, String error, String finishReason, Double confidence) {

    public CallRecord {
        messages = List.copyOf(messages);
    }

    public CallRecord(Instant startedAt, String provider, String model, List<Message> messages,
                      String schemaHash, String rawAnswer, JsonNode value, Usage usage, Double cost,
                      Duration latency, int retries, String error, String finishReason) {
        this(startedAt, provider, model, messages, schemaHash, rawAnswer, value, usage, cost, latency, retries, error, finishReason, null);
    }

    public boolean succeeded() {
        return error == null;
    }
}
