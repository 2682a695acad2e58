package dev.lingo.vm.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.IntType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerReaderTest {

    @Test
    void freeTextIsTheAnswerWithoutReasoning() {
        ValidationResult r = AnswerReader.read("<think>short or long?</think>\n  Sorry about the kettle.\n", LingoType.STRING, null);
        assertEquals("Sorry about the kettle.", r.value().asText());
        assertEquals("{not json", AnswerReader.read("{not json", null, null).value().asText());
    }

    @Test
    void theProviderEnvelopeIsRemovedBeforeValidation() {
        LingoType stars = new IntType(1L, 5L);
        StructuredSchema schema = StructuredSchema.forAnswer(stars, SchemaProfile.OPENAI_STRICT);
        assertEquals(4, AnswerReader.read("{\"value\": 4}", stars, schema).value().asInt());
        assertEquals(4, AnswerReader.read("4", stars, schema).value().asInt());
        assertEquals(List.of("answer: expected Int in 1..5, got 9"),
                AnswerReader.read("{\"value\": 9}", stars, schema).errors().stream().map(ValidationError::message).toList());
    }

    @Test
    void aOneFieldObjectIsUnwrappedOnlyWhereNoObjectCanBeMeant() {
        assertEquals("mixed", AnswerReader.read("{\"sentiment\": \"Mixed\"}", SampleTypes.SENTIMENT, null).value().asText());
        assertEquals(3, AnswerReader.read("{\"count\": [1, 2, 3]}", new LingoType.ListType(LingoType.INT), null).value().size());
        assertEquals(List.of("product: missing (expected String)", "stars: missing (expected Int in 1..5)",
                        "sentiment: missing (expected \"positive\" | \"negative\" | \"mixed\")", "complaints: missing (expected [String])"),
                AnswerReader.read("{\"review\": {}}", SampleTypes.REVIEW, null).errors().stream()
                        .map(ValidationError::message).toList());
    }

    @Test
    void unparseableAnswersBecomeAnErrorOnTheWholeAnswer() {
        ValidationResult r = AnswerReader.read("no idea", SampleTypes.REVIEW, null);
        assertEquals(1, r.errors().size());
        assertEquals("answer", r.errors().getFirst().field());
        assertEquals("Review", r.errors().getFirst().expected());
        assertTrue(r.errors().getFirst().problem().contains("no JSON object"));
    }
}
