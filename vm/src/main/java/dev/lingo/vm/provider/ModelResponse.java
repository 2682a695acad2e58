package dev.lingo.vm.provider;

import java.time.Duration;

/**
 * A model's reply as the provider delivered it, before any parsing.
 *
 * @param provider     e.g. {@code openai}
 * @param model        the model that answered (as the provider reports it)
 * @param text         the answer: message text, or the forced tool's input as JSON text
 * @param usage        tokens of this call
 * @param latency      wall time of the HTTP exchange
 * @param finishReason the provider's stop reason ({@code stop}, {@code length}, {@code tool_use}…), may be null
 * @param rawBody      the response body as received
 * @param limitedFor   how long until a rate limit the server reports as used up resets; null when none is
 * @param confidence   how sure the model was of its answer, 0..1, from the token log-probabilities
 *                     ({@link dev.lingo.vm.answer.AnswerConfidence}); null when none were asked for or given
 */
public record ModelResponse(String provider, String model, String text, Usage usage, Duration latency,
                            String finishReason, String rawBody, Duration limitedFor, Double confidence) {

    public ModelResponse(String provider, String model, String text, Usage usage, Duration latency,
                         String finishReason, String rawBody, Duration limitedFor) {
        this(provider, model, text, usage, latency, finishReason, rawBody, limitedFor, null);
    }

    public ModelResponse(String provider, String model, String text, Usage usage, Duration latency,
                         String finishReason, String rawBody) {
        this(provider, model, text, usage, latency, finishReason, rawBody, null);
    }
}
