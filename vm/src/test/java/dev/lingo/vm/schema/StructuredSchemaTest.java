package dev.lingo.vm.schema;

import static dev.lingo.vm.testing.JsonAssert.assertJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.IntType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.NamedType;
import org.junit.jupiter.api.Test;

class StructuredSchemaTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void nonRecordAnswersAreWrappedForProvidersThatNeedAnObjectRoot() {
        StructuredSchema list = StructuredSchema.forAnswer(new ListType(LingoType.INT), SchemaProfile.OPENAI_STRICT);
        assertTrue(list.wrapped());
        assertEquals("answer", list.name());
        assertJson("""
                {"type": "object",
                 "properties": {"value": {"type": "array", "items": {"type": "integer"}}},
                 "required": ["value"], "additionalProperties": false}
                """, list.schema());
        StructuredSchema plain = StructuredSchema.forAnswer(new ListType(LingoType.INT), SchemaProfile.STANDARD);
        assertFalse(plain.wrapped());
    }

    @Test
    void recordsAreNotWrappedAndNameTheSchema() {
        StructuredSchema review = StructuredSchema.forAnswer(SampleTypes.REVIEW, SchemaProfile.ANTHROPIC_TOOL);
        assertFalse(review.wrapped());
        assertEquals("Review", review.name());
        assertEquals("Stars", StructuredSchema.forAnswer(new NamedType("Stars", new IntType(1L, 5L)),
                SchemaProfile.OPENAI_STRICT).name());
    }

    @Test
    void unwrapAcceptsTheEnvelopeAndABareValue() throws Exception {
        StructuredSchema stars = StructuredSchema.forAnswer(LingoType.INT, SchemaProfile.OPENAI_STRICT);
        assertEquals(4, stars.unwrap(MAPPER.readTree("{\"value\": 4}")).asInt());
        assertEquals(4, stars.unwrap(MAPPER.readTree("4")).asInt());
        assertEquals(2, stars.unwrap(MAPPER.readTree("{\"value\": 4, \"other\": 1}")).size(), "not an envelope");
    }

    @Test
    void stringAnswersAreFreeText() {
        assertNull(StructuredSchema.forAnswer(LingoType.STRING, SchemaProfile.OPENAI_STRICT));
        assertNull(StructuredSchema.forAnswer(null, SchemaProfile.OPENAI_STRICT));
        assertNull(StructuredSchema.forAnswer(new NamedType("Text", LingoType.STRING), SchemaProfile.STANDARD));
    }

    @Test
    void hashIsStableAcrossKeyOrderAndDiffersBetweenSchemas() throws Exception {
        String a = SchemaHash.of(MAPPER.readTree("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"string\"}}}"));
        String b = SchemaHash.of(MAPPER.readTree("{\"properties\": {\"a\": {\"type\": \"string\"}}, \"type\": \"object\"}"));
        String c = SchemaHash.of(MAPPER.readTree("{\"properties\": {\"a\": {\"type\": \"integer\"}}, \"type\": \"object\"}"));
        assertEquals(a, b);
        assertNotEquals(a, c);
        assertTrue(a.matches("[0-9a-f]{64}"), a);
        assertEquals(SchemaHash.of(SampleTypes.REVIEW), SchemaHash.of(SampleTypes.REVIEW));
        assertEquals(StructuredSchema.forAnswer(SampleTypes.REVIEW, SchemaProfile.STANDARD).hash(),
                SchemaHash.of(SampleTypes.REVIEW));
    }

    @Test
    void hashIsSha256OfSortedCompactJson() throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest("{\"a\":[2,{\"c\":true,\"d\":null}],\"b\":\"x\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(java.util.HexFormat.of().formatHex(digest),
                SchemaHash.of(MAPPER.readTree("{ \"b\": \"x\", \"a\": [2, {\"d\": null, \"c\": true}] }")));
    }
}
