package dev.lingo.vm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

class JsonSchemaReaderTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Review with its Sentiment alias resolved: aliases are not part of a schema. */
    private static final RecordType REVIEW_RESOLVED = new RecordType("Review", List.of(
            SampleTypes.REVIEW.fields().get(0),
            SampleTypes.REVIEW.fields().get(1),
            new Field("sentiment", SampleTypes.SENTIMENT.resolved(), null),
            SampleTypes.REVIEW.fields().get(3),
            SampleTypes.REVIEW.fields().get(4)));

    @Test
    void everyProfileRoundTrips() {
        for (SchemaProfile profile : SchemaProfile.values()) {
            assertEquals(REVIEW_RESOLVED, JsonSchemaReader.read(JsonSchemaWriter.write(SampleTypes.REVIEW, profile)),
                    profile.name());
        }
    }

    @Test
    void nestedListsOptionalsUnionsAndDefsRoundTrip() {
        LingoType address = new NamedType("Address", new RecordType("Address", List.of(
                new Field("city", LingoType.STRING, "the city"),
                new Field("zip", new OptionalType(new IntType(0L, 99999L)), null))));
        RecordType order = new RecordType("Order", List.of(
                new Field("billing", address, null),
                new Field("shipping", new OptionalType(address), null),
                new Field("lines", new ListType(new ListType(new FloatType(0.0, null))), "amounts"),
                new Field("ref", new UnionType(List.of(LingoType.INT, LingoType.STRING)), null),
                new Field("extra", LingoType.ANY, null)));
        RecordType expected = new RecordType("Order", List.of(
                new Field("billing", address.resolved(), null),
                new Field("shipping", new OptionalType(address.resolved()), null),
                order.fields().get(2), order.fields().get(3), order.fields().get(4)));
        JsonNode standard = JsonSchemaWriter.write(order, SchemaProfile.STANDARD);
        assertTrue(standard.has("$defs"), "the shared record went to $defs");
        assertEquals(expected, JsonSchemaReader.read(standard));
    }

    @Test
    void readsCommonHandWrittenSpellings(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ticket.schema.json");
        Files.writeString(file, """
                {
                  "title": "Ticket",
                  "type": "object",
                  "definitions": {"Queue": {"enum": ["billing", "tech", null]}},
                  "properties": {
                    "queue": {"$ref": "#/definitions/Queue", "description": "where it goes"},
                    "priority": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 4},
                    "score": {"type": ["number", "null"], "minimum": 0},
                    "kind": {"const": "ticket"},
                    "tags": {"type": "array"},
                    "meta": {"type": "object"},
                    "id": {"oneOf": [{"type": "string"}, {"type": "integer"}]}
                  },
                  "required": ["queue", "priority", "kind", "tags", "meta", "id"]
                }
                """);
        RecordType expected = new RecordType("Ticket", List.of(
                new Field("queue", new OptionalType(new LiteralUnionType(List.of("billing", "tech"))), "where it goes"),
                new Field("priority", new IntType(1L, 3L), null),
                new Field("score", new OptionalType(new FloatType(0.0, null)), null),
                new Field("kind", new LiteralUnionType(List.of("ticket")), null),
                new Field("tags", new ListType(LingoType.ANY), null),
                new Field("meta", LingoType.ANY, null),
                new Field("id", new UnionType(List.of(LingoType.STRING, LingoType.INT)), null)));
        assertEquals(expected, JsonSchemaReader.read(file));
    }

    @Test
    void recursiveSchemasAreRefused() throws Exception {
        JsonNode tree = MAPPER.readTree("""
                {"$defs": {"Node": {"type": "object", "properties": {
                   "children": {"type": "array", "items": {"$ref": "#/$defs/Node"}}}}},
                 "$ref": "#/$defs/Node"}
                """);
        SchemaException e = assertThrows(SchemaException.class, () -> JsonSchemaReader.read(tree));
        assertTrue(e.getMessage().contains("recursive"), e.getMessage());
    }

    @Test
    void keywordsWithoutALingoMeaningAreRefusedByName() throws Exception {
        SchemaException e = assertThrows(SchemaException.class, () -> JsonSchemaReader.read(
                MAPPER.readTree("{\"allOf\": [{\"type\": \"string\"}]}")));
        assertTrue(e.getMessage().contains("allOf"), e.getMessage());
        assertThrows(SchemaException.class, () -> JsonSchemaReader.read(MAPPER.readTree("{\"enum\": [1, 2]}")));
        assertThrows(SchemaException.class, () -> JsonSchemaReader.read(MAPPER.readTree("{\"$ref\": \"#/$defs/Nope\"}")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"pattern\": \"^a\"", "\"format\": \"email\"", "\"minLength\": 2", "\"maxLength\": 9",
            "\"minItems\": 1", "\"maxItems\": 3", "\"uniqueItems\": true", "\"multipleOf\": 5"})
    void constraintsLingoWouldNotCheckAreRefusedNotDropped(String keyword) throws Exception {
        String schema = "{\"type\": \"object\", \"properties\": {\"x\": {\"type\": \"string\", " + keyword + "}}}";
        SchemaException e = assertThrows(SchemaException.class, () -> JsonSchemaReader.read(MAPPER.readTree(schema)));
        String name = keyword.substring(1, keyword.indexOf('"', 1));
        assertTrue(e.getMessage().startsWith("JSON Schema keyword '" + name + "' in {\"type\":\"string\","), e.getMessage());
        assertTrue(e.getMessage().contains("would not check"), e.getMessage());
    }

    @Test
    void aMapLikeObjectIsRefusedWithTheWayAroundIt() throws Exception {
        SchemaException e = assertThrows(SchemaException.class, () -> JsonSchemaReader.read(MAPPER.readTree(
                "{\"type\": \"object\", \"additionalProperties\": {\"type\": \"integer\"}}")));
        assertTrue(e.getMessage().contains("describes a map") && e.getMessage().contains("toMap()"), e.getMessage());
        assertEquals(LingoType.STRING, ((RecordType) JsonSchemaReader.read(MAPPER.readTree(
                "{\"type\": \"object\", \"additionalProperties\": false, \"required\": [\"a\"],"
                        + " \"properties\": {\"a\": {\"type\": \"string\"}}}"))).fields().get(0).type(),
                "additionalProperties: false stays a plain record");
    }
}
