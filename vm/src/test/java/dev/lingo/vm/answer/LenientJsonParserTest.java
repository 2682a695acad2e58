package dev.lingo.vm.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.testing.SampleTypes;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.ListType;
import org.junit.jupiter.api.Test;

class LenientJsonParserTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @Test
    void plainJsonIsReadAsIs() throws Exception {
        assertEquals(json("{\"a\": [1, 2]}"), LenientJsonParser.parse("{\"a\": [1, 2]}", SampleTypes.REVIEW));
    }

    @Test
    void codeFencesAndPreamblesAreRemoved() throws Exception {
        String fenced = """
                Sure! Here is the review as JSON:
                ```json
                {"product": "kettle", "stars": 2}
                ```
                Let me know if you need anything else.
                """;
        assertEquals(json("{\"product\": \"kettle\", \"stars\": 2}"), LenientJsonParser.parse(fenced, SampleTypes.REVIEW));
        String preamble = "The answer is {\"product\": \"a {brace} in a string\", \"note\": \"say \\\"}\\\"\"} hope it helps";
        assertEquals(json("{\"product\": \"a {brace} in a string\", \"note\": \"say \\\"}\\\"\"}"),
                LenientJsonParser.parse(preamble, SampleTypes.REVIEW));
    }

    @Test
    void trailingCommasCommentsAndSingleQuotesAreForgiven() throws Exception {
        String sloppy = "{'product': 'kettle', // the thing\n \"complaints\": [\"loud\", \"slow\",],}";
        assertEquals(json("{\"product\": \"kettle\", \"complaints\": [\"loud\", \"slow\"]}"),
                LenientJsonParser.parse(sloppy, SampleTypes.REVIEW));
    }

    @Test
    void reasoningBlocksAreDropped() throws Exception {
        String thinking = "<think>The user wants {\"stars\": 1}? No, [maybe]...</think>\n{\"stars\": 4}";
        assertEquals(json("{\"stars\": 4}"), LenientJsonParser.parse(thinking, SampleTypes.REVIEW));
        // the opening tag was part of the prompt template: only the closing one is in the answer
        assertEquals(json("[1, 2]"), LenientJsonParser.parse("weighing [3] vs [4]...</think> [1, 2]",
                new ListType(LingoType.INT)));
    }

    @Test
    void theBracketOfTheExpectedShapeIsPreferred() throws Exception {
        assertEquals(json("{\"stars\": 3}"),
                LenientJsonParser.parse("Rating [draft]: {\"stars\": 3}", SampleTypes.REVIEW));
        assertEquals(json("[\"a\"]"),
                LenientJsonParser.parse("Tags {see below}: [\"a\"]", new ListType(LingoType.STRING)));
    }

    @Test
    void scalarAnswersNeedNoJson() throws Exception {
        assertEquals(json("5"), LenientJsonParser.parse(" 5\n", LingoType.INT));
        assertEquals(json("\"positive\""), LenientJsonParser.parse("positive", SampleTypes.SENTIMENT));
        assertEquals(json("\"positive\""), LenientJsonParser.parse("\"positive\"", SampleTypes.SENTIMENT));
        assertEquals(json("\"5 apples\""), LenientJsonParser.parse("5 apples", LingoType.INT),
                "trailing text is not silently dropped");
        assertEquals(json("{\"value\": true}"), LenientJsonParser.parse("Answer: {\"value\": true}", LingoType.BOOL));
    }

    @Test
    void missingOrBrokenJsonForAStructuredTypeIsReported() {
        UnparseableAnswerException none = assertThrows(UnparseableAnswerException.class,
                () -> LenientJsonParser.parse("I could not find a review in the text.", SampleTypes.REVIEW));
        assertTrue(none.getMessage().contains("no JSON object"), none.getMessage());
        UnparseableAnswerException truncated = assertThrows(UnparseableAnswerException.class,
                () -> LenientJsonParser.parse("{\"product\": \"kettle\", \"stars\": ", SampleTypes.REVIEW));
        assertTrue(truncated.getMessage().startsWith("not valid JSON"), truncated.getMessage());
        assertThrows(UnparseableAnswerException.class, () -> LenientJsonParser.parse("<think>hmm", SampleTypes.REVIEW));
        assertThrows(UnparseableAnswerException.class, () -> LenientJsonParser.parse("   ", LingoType.INT));
    }
}
