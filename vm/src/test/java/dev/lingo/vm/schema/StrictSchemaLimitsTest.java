package dev.lingo.vm.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StrictSchemaLimitsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Records nested {@code levels} deep: {"a": {"a": … {"leaf": string}}}. */
    private static JsonNode nested(int levels) throws Exception {
        String schema = "{\"type\": \"string\"}";
        for (int i = 0; i < levels; i++) {
            schema = "{\"type\": \"object\", \"properties\": {\"a\": " + schema + "}}";
        }
        return MAPPER.readTree(schema);
    }

    @Test
    void tenLevelsPassElevenAreRefused() throws Exception {
        assertEquals(Optional.empty(), StrictSchemaLimits.problem(nested(10)));
        String problem = StrictSchemaLimits.problem(nested(11)).orElseThrow();
        assertTrue(problem.startsWith("the answer's type nests records 11 levels deep"), problem);
    }

    @Test
    void levelsReachedThroughDefsAndListsCount() throws Exception {
        JsonNode schema = MAPPER.readTree("{\"$defs\": {\"Deep\": " + nested(10) + "},"
                + " \"type\": \"object\", \"properties\": {\"xs\": {\"type\": \"array\", \"items\": {\"$ref\": \"#/$defs/Deep\"}}}}");
        assertTrue(StrictSchemaLimits.problem(schema).orElseThrow().contains("11 levels"));
    }

    @Test
    void moreThanAThousandLabelsInAllAreRefused() throws Exception {
        String labels = IntStream.range(0, 1001).mapToObj(i -> "\"l" + i + "\"").collect(Collectors.joining(","));
        String problem = StrictSchemaLimits.problem(MAPPER.readTree("{\"enum\": [" + labels + "]}")).orElseThrow();
        assertTrue(problem.startsWith("the answer's type has 1001 labels in all"), problem);
        String fewer = IntStream.range(0, 1000).mapToObj(i -> "\"l" + i + "\"").collect(Collectors.joining(","));
        assertEquals(Optional.empty(), StrictSchemaLimits.problem(MAPPER.readTree("{\"enum\": [" + fewer + "]}")));
    }
}
