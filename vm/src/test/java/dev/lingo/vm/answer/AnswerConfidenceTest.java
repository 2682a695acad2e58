package dev.lingo.vm.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lingo.vm.answer.AnswerConfidence.TokenLogprob;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerConfidenceTest {

    private static TokenLogprob t(String token, double p) {
        return TokenLogprob.of(token, Math.log(p));
    }

    @Test
    void aLabelsConfidenceIsTheProductOfItsTokensNotOfTheKeyOrBraces() {
        var tokens = List.of(t("{\"", 0.5), t("value", 0.5), t("\":\"", 0.5), t("bill", 0.8), t("ing", 0.9), t("\"}", 0.5));
        assertEquals(0.72, AnswerConfidence.of("{\"value\":\"billing\"}", tokens), 1e-9);
    }

    @Test
    void aChecksConfidenceIsItsBooleansProbability() {
        var tokens = List.of(t("{\"", 0.99), t("value", 0.99), t("\":", 0.99), t("false", 0.6), t("}", 0.99));
        assertEquals(0.6, AnswerConfidence.of("{\"value\":false}", tokens), 1e-9);
    }

    @Test
    void anExtractsConfidenceIsItsLeastCertainField() {
        var tokens = List.of(t("{\"", 1), t("name", 1), t("\":\"", 1), t("Ada", 0.95), t("\",\"", 1), t("stars", 1), t("\":", 1),
                        t("4", 0.55), t("}", 1));
        assertEquals(0.55, AnswerConfidence.of("{\"name\":\"Ada\",\"stars\":4}", tokens), 1e-9);
    }

    @Test
    void tokensThatSplitACharacterAreMatchedByTheirBytes() {
        byte[] e = "é".getBytes(StandardCharsets.UTF_8);
        var tokens = List.of(t("{\"value\":\"caf", 1), new TokenLogprob(Arrays.copyOfRange(e, 0, 1), Math.log(0.5)),
                        new TokenLogprob(Arrays.copyOfRange(e, 1, 2), Math.log(0.9)), t("\"}", 1));
        assertEquals(0.45, AnswerConfidence.of("{\"value\":\"café\"}", tokens), 1e-9);
    }

    @Test
    void tokensThatDoNotSpellTheAnswerGiveTheWholeAnswersProbability() {
        var tokens = List.of(t("{\"value\":", 0.9), t("\"bug\"}", 0.5), t("extra", 0.5));
        assertEquals(0.225, AnswerConfidence.of("{\"value\":\"bug\"}", tokens), 1e-9);
    }
}
