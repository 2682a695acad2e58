package dev.lingo.vm.schema;

import static dev.lingo.vm.testing.JsonAssert.assertJson;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonSchemaWriterTest {

    @Test
    void recordWithDescriptionsEnumRangeListAndOptional() {
        assertJson("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "title": "Review",
                 "properties": {
                   "product": {"type": "string"},
                   "stars": {"type": "integer", "minimum": 1, "maximum": 5,
                             "description": "what the reviewer would rate it"},
                   "sentiment": {"type": "string", "enum": ["positive", "negative", "mixed"]},
                   "complaints": {"type": "array", "items": {"type": "string"}},
                   "email": {"type": ["string", "null"]}},
                 "required": ["product", "stars", "sentiment", "complaints"],
                 "additionalProperties": false}
                """, JsonSchemaWriter.write(SampleTypes.REVIEW, SchemaProfile.STANDARD));
    }

    @Test
    void openAiStrictRequiresEveryFieldAndDropsTheDialect() {
        assertJson("""
                {"type": "object", "title": "Review",
                 "properties": {
                   "product": {"type": "string"},
                   "stars": {"type": "integer", "minimum": 1, "maximum": 5,
                             "description": "what the reviewer would rate it"},
                   "sentiment": {"type": "string", "enum": ["positive", "negative", "mixed"]},
                   "complaints": {"type": "array", "items": {"type": "string"}},
                   "email": {"type": ["string", "null"]}},
                 "required": ["product", "stars", "sentiment", "complaints", "email"],
                 "additionalProperties": false}
                """, JsonSchemaWriter.write(SampleTypes.REVIEW, SchemaProfile.OPENAI_STRICT));
    }

    @Test
    void scalarsAndFloatRanges() {
        assertJson("{\"type\": \"boolean\"}", JsonSchemaWriter.write(LingoType.BOOL, SchemaProfile.ANTHROPIC_TOOL));
        assertJson("{\"type\": \"null\"}", JsonSchemaWriter.write(LingoType.NULL, SchemaProfile.ANTHROPIC_TOOL));
        assertJson("{\"type\": \"number\", \"minimum\": 0.0, \"maximum\": 1.0}",
                JsonSchemaWriter.write(new FloatType(0.0, 1.0), SchemaProfile.ANTHROPIC_TOOL));
        assertJson("{\"type\": \"integer\", \"minimum\": 0}",
                JsonSchemaWriter.write(new IntType(0L, null), SchemaProfile.ANTHROPIC_TOOL));
    }

    @Test
    void optionalEnumListsNullAmongItsValues() {
        LingoType maybe = new OptionalType(SampleTypes.SENTIMENT);
        assertJson("""
                {"type": ["string", "null"], "enum": ["positive", "negative", "mixed", null]}
                """, JsonSchemaWriter.write(maybe, SchemaProfile.OPENAI_STRICT));
    }

    @Test
    void unionsBecomeAnyOfAndOptionalUnionsGainANullOption() {
        LingoType union = new UnionType(List.of(LingoType.INT, LingoType.STRING));
        assertJson("{\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"string\"}]}",
                JsonSchemaWriter.write(union, SchemaProfile.ANTHROPIC_TOOL));
        assertJson("{\"anyOf\": [{\"type\": \"integer\"}, {\"type\": \"string\"}, {\"type\": \"null\"}]}",
                JsonSchemaWriter.write(new OptionalType(union), SchemaProfile.ANTHROPIC_TOOL));
    }

    @Test
    void anyIsTheEmptySchemaExceptInStrictModeWhereEveryNodeNeedsAType() {
        assertJson("{\"type\": \"array\", \"items\": {}}",
                JsonSchemaWriter.write(new ListType(LingoType.ANY), SchemaProfile.ANTHROPIC_TOOL));
        assertJson("{\"type\": \"array\", \"items\": {\"type\": [\"string\", \"number\", \"boolean\", \"null\"]}}",
                JsonSchemaWriter.write(new ListType(LingoType.ANY), SchemaProfile.OPENAI_STRICT));
    }

    @Test
    void aNamedRecordUsedTwiceGoesToDefsExceptInStrictMode() {
        LingoType address = new NamedType("Address", new RecordType("Address", List.of(
                new Field("city", LingoType.STRING, null))));
        RecordType order = new RecordType("Order", List.of(
                new Field("billing", address, "where the invoice goes"),
                new Field("shipping", new OptionalType(address), null)));
        assertJson("""
                {"$schema": "https://json-schema.org/draft/2020-12/schema",
                 "type": "object", "title": "Order",
                 "properties": {
                   "billing": {"$ref": "#/$defs/Address", "description": "where the invoice goes"},
                   "shipping": {"anyOf": [{"$ref": "#/$defs/Address"}, {"type": "null"}]}},
                 "required": ["billing"],
                 "additionalProperties": false,
                 "$defs": {"Address": {"type": "object", "title": "Address",
                   "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": false}}}
                """, JsonSchemaWriter.write(order, SchemaProfile.STANDARD));
        String strict = JsonSchemaWriter.write(order, SchemaProfile.OPENAI_STRICT).toString();
        assertTrue(!strict.contains("$ref") && !strict.contains("$defs"), strict);
    }

    @Test
    void aRecordUsedOnceIsInlined() {
        LingoType address = new RecordType("Address", List.of(new Field("city", LingoType.STRING, null)));
        RecordType person = new RecordType(null, List.of(new Field("home", address, null)));
        String schema = JsonSchemaWriter.write(person, SchemaProfile.STANDARD).toString();
        assertTrue(!schema.contains("$ref"), schema);
    }

    @Test
    void functionsHaveNoSchema() {
        SchemaException e = assertThrows(SchemaException.class,
                () -> JsonSchemaWriter.write(new ListType(LingoType.FUNCTION), SchemaProfile.STANDARD));
        assertTrue(e.getMessage().contains("Fn"), e.getMessage());
    }
}
