package dev.lingo.vm.answer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lingo.vm.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How sure a model was of a JSON answer, from the log-probabilities of the tokens it wrote: for
 * each value in the answer (a label, a Bool, a field's string or number; never a key or the braces
 * around them) the probability of writing exactly that value is the product of its tokens'
 * probabilities, and the answer's confidence is the least of them. So a {@code classify} answer's
 * confidence is its label's probability, a {@code check}'s the probability of its {@code true} or
 * {@code false}, and an {@code extract}'s that of its least certain field: one doubtful field makes
 * the record doubtful, as one wrong field makes it wrong.
 */
public final class AnswerConfidence {

    /** One written token and its natural-log probability, as the provider reports it. */
    public record TokenLogprob(byte[] bytes, double logprob) {

        public static TokenLogprob of(String token, double logprob) {
            return new TokenLogprob(token.getBytes(StandardCharsets.UTF_8), logprob);
        }
    }

    private AnswerConfidence() {
    }

    /**
     * @param text   the answer as written, which the tokens spell out
     * @return 0..1; when the tokens do not spell the text or it is not strict JSON, the probability of the
     *         whole answer (every token counted), which is never more than that of any value in it
     */
    public static double of(String text, List<TokenLogprob> tokens) {
        byte[] written = text.getBytes(StandardCharsets.UTF_8);
        long[] starts = new long[tokens.size() + 1];
        for (int i = 0; i < tokens.size(); i++) {
            starts[i + 1] = starts[i] + tokens.get(i).bytes().length;
        }
        double whole = Math.exp(sum(tokens, starts, 0, Long.MAX_VALUE));
        if (starts[tokens.size()] != written.length) {
            return whole;
        }
        double least = 1.0;
        boolean anyValue = false;
        try (JsonParser p = Json.MAPPER.getFactory().createParser(written)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t.isScalarValue()) {
                    long start = p.currentTokenLocation().getByteOffset();
                    p.finishToken(); // a string is read lazily: its end is known only once read
                    long end = p.currentLocation().getByteOffset();
                    if (t == JsonToken.VALUE_STRING && end - start > 2) { // the characters, not the quotes
                        start++;
                        end--;
                    }
                    least = Math.min(least, Math.exp(sum(tokens, starts, start, end)));
                    anyValue = true;
                }
            }
        } catch (IOException e) {
            return whole;
        }
        return anyValue ? least : whole;
    }

    /** The log-probabilities of the tokens that overlap the bytes [from, to). */
    private static double sum(List<TokenLogprob> tokens, long[] starts, long from, long to) {
        double total = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (starts[i] < to && starts[i + 1] > from) {
                total += tokens.get(i).logprob();
            }
        }
        return total;
    }
}
