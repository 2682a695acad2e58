package dev.lingo.vm.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static ValidationResult check(String json, LingoType type) throws Exception {
        return AnswerValidator.validate(MAPPER.readTree(json), type);
    }

    private static List<String> messages(ValidationResult result) {
        return result.errors().stream().map(ValidationError::message).toList();
    }

    @Test
    void aFittingRecordComesBackInFieldOrderWithAbsentOptionalsAsNull() throws Exception {
        ValidationResult r = check("""
                {"complaints": ["loud"], "sentiment": "negative", "stars": 2, "product": "kettle", "mood": "grumpy"}
                """, SampleTypes.REVIEW);
        assertTrue(r.ok(), r.errors()::toString);
        assertEquals("{\"product\":\"kettle\",\"stars\":2,\"sentiment\":\"negative\",\"complaints\":[\"loud\"],\"email\":null}",
                r.value().toString());
        assertTrue(r.value().get("stars").isLong());
    }

    @Test
    void everyProblemIsNamedWithItsPath() throws Exception {
        ValidationResult r = check("""
                {"product": null, "stars": 7, "sentiment": "great", "complaints": ["loud", 3, "slow"]}
                """, SampleTypes.REVIEW);
        assertFalse(r.ok());
        assertNull(r.value());
        assertEquals(List.of(
                "product: expected String, got null",
                "stars: expected Int in 1..5, got 7",
                "sentiment: expected \"positive\" | \"negative\" | \"mixed\", got \"great\"",
                "complaints[1]: expected String, got 3"), messages(r));
        assertEquals("Int in 1..5", r.errors().get(1).expected());
    }

    @Test
    void missingFieldsAndNestedPaths() throws Exception {
        RecordType order = new RecordType("Order", List.of(new Field("lines", new ListType(new RecordType(null, List.of(
                new Field("sku", LingoType.STRING, null),
                new Field("qty", new NamedType("Qty", new IntType(1L, null)), null)))), null)));
        ValidationResult r = check("{\"lines\": [{\"sku\": \"a\", \"qty\": 1}, {\"sku\": \"b\"}, {\"sku\": \"c\", \"qty\": 0}]}", order);
        assertEquals(List.of("lines[1].qty: missing (expected Int in 1..)", "lines[2].qty: expected Int in 1.., got 0"),
                messages(r));
    }

    @Test
    void onlyExactCoercionsAreMade() throws Exception {
        assertEquals(5L, check("\"5\"", LingoType.INT).value().longValue());
        assertEquals(5L, check("5.0", LingoType.INT).value().longValue());
        assertEquals(List.of("answer: expected Int, got 5.5"), messages(check("5.5", LingoType.INT)));
        assertEquals(List.of("answer: expected Int, got \"5 stars\""), messages(check("\"5 stars\"", LingoType.INT)));
        assertEquals(List.of("answer: expected Int, got \"99999999999999999999\""),
                messages(check("\"99999999999999999999\"", LingoType.INT)));
        assertEquals(2.5, check("\"2.5\"", LingoType.FLOAT).value().doubleValue());
        assertTrue(check("3", LingoType.FLOAT).value().isDouble(), "an Int is accepted where a Float is expected");
        assertTrue(check("\"TRUE\"", LingoType.BOOL).value().booleanValue());
        assertEquals(List.of("answer: expected Bool, got \"yes\""), messages(check("\"yes\"", LingoType.BOOL)));
        assertEquals(List.of("answer: expected String, got 5"), messages(check("5", LingoType.STRING)));
    }

    @Test
    void enumValuesMatchIgnoringCaseOnlyWhenUnambiguous() throws Exception {
        assertEquals("negative", check("\"Negative\"", SampleTypes.SENTIMENT).value().asText());
        LiteralUnionType clash = new LiteralUnionType(List.of("A", "a"));
        assertEquals("a", check("\"a\"", clash).value().asText());
        assertFalse(check("\"\\\"A\\\"\"", new LiteralUnionType(List.of("x"))).ok());
        assertEquals(List.of("answer: expected \"A\" | \"a\", got \"À\""), messages(check("\"À\"", clash)));
    }

    @Test
    void unionsPreferAnExactFitOverACoercedOne() throws Exception {
        UnionType intOrString = new UnionType(List.of(LingoType.INT, LingoType.STRING));
        JsonNode kept = check("\"5\"", intOrString).value();
        assertTrue(kept.isTextual(), "\"5\" fits String exactly, so it is not turned into an Int");
        UnionType intOrBool = new UnionType(List.of(LingoType.INT, LingoType.BOOL));
        assertEquals(5L, check("\"5\"", intOrBool).value().longValue(), "with no exact fit, a coercion is tried");
        assertEquals(List.of("answer: expected Int | Bool, got \"x\""), messages(check("\"x\"", intOrBool)));
    }

    @Test
    void aUnionWithOneRecordOptionReportsTheErrorsInsideIt() throws Exception {
        UnionType reviewOrNote = new UnionType(List.of(SampleTypes.REVIEW, LingoType.STRING));
        assertEquals(List.of("stars: expected Int in 1..5, got 9"),
                messages(check("{\"product\": \"x\", \"stars\": 9, \"sentiment\": \"mixed\", \"complaints\": []}", reviewOrNote)));
    }

    @Test
    void optionalsAnyAndNull() throws Exception {
        assertTrue(check("null", new OptionalType(LingoType.INT)).value().isNull());
        assertEquals(List.of("answer: expected Int, got \"x\""), messages(check("\"x\"", new OptionalType(LingoType.INT))));
        assertEquals(MAPPER.readTree("{\"any\": [1]}"), check("{\"any\": [1]}", LingoType.ANY).value());
        assertEquals(List.of("answer: expected Null, got 0"), messages(check("0", LingoType.NULL)));
        assertEquals(List.of("answer: expected [Int], got an object"), messages(check("{\"a\": 1}", new ListType(LingoType.INT))));
    }

    @Test
    void aFieldNameInAnotherCaseIsAcceptedWhenUnique() throws Exception {
        RecordType t = new RecordType(null, List.of(new Field("stars", LingoType.INT, null)));
        assertEquals(4, check("{\"Stars\": 4}", t).value().get("stars").asInt());
        assertEquals(List.of("stars: missing (expected Int)"), messages(check("{\"Stars\": 4, \"STARS\": 5}", t)));
    }
}
