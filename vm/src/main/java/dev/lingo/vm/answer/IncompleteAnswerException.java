package dev.lingo.vm.answer;

import dev.lingo.vm.ModelCallException;
import dev.lingo.vm.provider.ModelResponse;
import java.util.function.UnaryOperator;

/**
 * The model stopped before its answer was whole: cut off at the token limit, or withheld by the
 * provider's content filter. Such text must never become a value (the lenient parser could close a
 * cut-off JSON into a plausible wrong one), and asking again the same way would stop at the same
 * place, so the call fails at once with the finish reason and the partial answer.
 */
public final class IncompleteAnswerException extends ModelCallException {

    private final String finishReason;
    private volatile String partialAnswer;

    private IncompleteAnswerException(String message, String finishReason, String partialAnswer) {
        super(message, null);
        this.finishReason = finishReason;
        this.partialAnswer = partialAnswer;
    }

    /** The failure {@code response}'s finish reason means, or null when the answer ended normally. */
    public static IncompleteAnswerException of(ModelResponse response) {
        String reason = response.finishReason();
        if (reason == null) {
            return null;
        }
        String quoted = " (finish reason \"" + reason + "\")";
        return switch (reason) {
            // OpenAI and Ollama say "length", Anthropic "max_tokens" or, at the context window, its own reason
            case "length", "max_tokens", "model_context_window_exceeded" -> new IncompleteAnswerException(response.provider()
                    + ": the answer was cut off at the token limit after " + response.usage().outputTokens() + " tokens"
                    + quoted + "; raise maxTokens, or ask for a shorter answer", reason, response.text());
            case "content_filter" -> new IncompleteAnswerException(response.provider()
                    + ": the provider's content filter withheld the answer" + quoted, reason, response.text());
            default -> null;
        };
    }

    /** A cut-off answer is its own kind; a filtered one is a refusal, so code that handles refusals handles it. */
    @Override
    public String kind() {
        return "content_filter".equals(finishReason) ? "ModelRefusalError" : "ModelTruncatedError";
    }

    @Override
    protected void redactKeptText(UnaryOperator<String> scrub) {
        partialAnswer = scrub.apply(partialAnswer);
    }

    public String finishReason() {
        return finishReason;
    }

    /** The text that did arrive, possibly empty. */
    public String partialAnswer() {
        return partialAnswer;
    }
}
