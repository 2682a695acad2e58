package dev.lingo.vm.schedule;

import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Guesses a request's tokens before it is sent (for token-per-minute limits and budgets) and learns
 * from the usage providers report. The prompt guess is the rendered text at about four characters
 * per token plus a few tokens per message and the schema; it is then scaled by the ratio of real to
 * guessed prompt tokens seen so far for that model. The answer guess is the model's average answer
 * so far (before the first, what the answer's type needs: {@link AnswerSize}), never more than the
 * request's max tokens.
 * Thread-safe.
 */
public final class TokenEstimator {

    static final int CHARS_PER_TOKEN = 4;
    static final int TOKENS_PER_MESSAGE = 4;
    /**
     * An image, whatever its size: OpenAI bills a 1024x1024 picture at 765 tokens (85 + 170 per
     * 512-pixel tile), Anthropic about width x height / 750, at most about 1,600.
     */
    static final int TOKENS_PER_IMAGE = 800;
    /** Weight of the newest observation in the running averages. */
    private static final double LEARNING_RATE = 0.2;

    private final Map<String, Learned> learned = new ConcurrentHashMap<>();

    public TokenEstimate estimate(String model, ModelRequest request, StructuredSchema schema) {
        long raw = rawInput(request, schema);
        Learned l = learned.get(model);
        long input = l == null ? raw : Math.max(1, Math.round(raw * l.inputRatio));
        long output = l == null ? AnswerSize.tokens(request.opcode(), request.type()) : Math.max(1, Math.round(l.output));
        if (request.maxTokens() != null) {
            output = Math.min(output, request.maxTokens());
        }
        return new TokenEstimate(input, output);
    }

    /** What the provider reported for a request estimated from {@code request}; zero usage is ignored. */
    public void observe(String model, ModelRequest request, StructuredSchema schema, Usage usage) {
        if (usage.inputTokens() <= 0) {
            return;
        }
        double ratio = (double) usage.inputTokens() / rawInput(request, schema);
        learned.compute(model, (k, l) -> l == null ? new Learned(ratio, usage.outputTokens())
                : new Learned(mix(l.inputRatio, ratio), mix(l.output, usage.outputTokens())));
    }

    static long rawInput(ModelRequest request, StructuredSchema schema) {
        long chars = 0;
        for (Message m : request.messages()) {
            chars += m.content().length();
        }
        long images = request.messages().stream().mapToLong(m -> m.images().size()).sum();
        long tokens = ceilDiv(chars) + (long) TOKENS_PER_MESSAGE * request.messages().size() + 3 + TOKENS_PER_IMAGE * images;
        if (schema != null) {
            tokens += ceilDiv(Json.write(schema.schema()).length());
        }
        return tokens;
    }

    /** A text's tokens at about {@value #CHARS_PER_TOKEN} characters each (0 for null). */
    static long textTokens(String text) {
        return text == null ? 0 : ceilDiv(text.length());
    }

    private static long ceilDiv(long chars) {
        return (chars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
    }

    private static double mix(double old, double observed) {
        return old + LEARNING_RATE * (observed - old);
    }

    private record Learned(double inputRatio, double output) {
    }
}
