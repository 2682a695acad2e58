package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.RecordType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The answer tokens expected from an opcode's type, before any answer of the model was seen. */
class AnswerSizeTest {

    private static final String REVIEW = "Loud kettle, but it boils fast. Three stars from me. Signed, Ada Lovelace.";
    private static final RecordType REVIEW_TYPE = new RecordType("Review", List.of(
            new Field("stars", new LingoType.IntType(1L, 5L), null),
            new Field("author", LingoType.STRING, null)));

    @Test
    void anExtractOfASmallRecordNeedsItsFieldsNotAPageOfText() {
        // {"stars": 3, "author": "…"}: 2 + (2 + 3 + 3) + (2 + 3 + 16)
        assertEquals(31, AnswerSize.tokens(Opcode.extract(REVIEW_TYPE, REVIEW), REVIEW_TYPE));
    }

    @Test
    void aStringExtractedFromAShortTextIsNoLongerThanTheText() {
        assertEquals(2 + AnswerSize.WRAPPER, AnswerSize.tokens(Opcode.extract(LingoType.STRING, "Ada L."), LingoType.STRING));
    }

    @Test
    void aGenStringIsFreeTextAndAGenIntIsANumber() {
        assertEquals(AnswerSize.GEN_STRING + AnswerSize.WRAPPER, AnswerSize.tokens(Opcode.gen("A poem", LingoType.STRING), LingoType.STRING));
        assertEquals(AnswerSize.NUMBER + AnswerSize.WRAPPER, AnswerSize.tokens(Opcode.gen("How many?", LingoType.INT), LingoType.INT));
    }

    @Test
    void classifyTakesItsLongestLabelAndCheckABool() {
        Opcode route = Opcode.classify("The invoice is wrong", List.of("bug", "billing-and-invoices"));
        assertEquals(2 + 5 + AnswerSize.WRAPPER, AnswerSize.tokens(route, route.answerType()), "\"billing-and-invoices\" is 5 tokens");
        Opcode check = Opcode.check("is polite", "Thanks!");
        assertEquals(1 + AnswerSize.WRAPPER, AnswerSize.tokens(check, check.answerType()));
    }

    @Test
    void aListAssumesFiveElements() {
        LingoType tags = new LingoType.ListType(LingoType.STRING);
        assertEquals(2 + 5 * (1 + 16) + AnswerSize.WRAPPER, AnswerSize.tokens(Opcode.extract(tags, REVIEW.repeat(4)), tags));
    }

    @Test
    void theEstimatorUsesItUntilTheModelAnswersAndNeverPassesMaxTokens() {
        TokenEstimator estimator = new TokenEstimator();
        Opcode op = Opcode.extract(REVIEW_TYPE, REVIEW);
        ModelRequest request = ModelRequest.forOpcode("gpt-4o-mini", op, null, null, null);
        assertEquals(31, estimator.estimate("openai/gpt-4o-mini", request, null).output());
        ModelRequest capped = new ModelRequest("gpt-4o-mini", List.of(Message.user("A poem")), LingoType.STRING, null, 40, null);
        assertEquals(40, estimator.estimate("openai/gpt-4o-mini", capped, null).output());
        assertTrue(estimator.estimate("openai/gpt-4o-mini", ModelRequest.forOpcode("gpt-4o-mini",
                Opcode.gen("A poem", LingoType.STRING), null, null, null), null).output() > 200);
    }
}
