package dev.lingo.vm.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** Jackson for the fakes; deliberately not the VM's own helpers, so the fakes check them rather than share them. */
final class FakeJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private FakeJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The model id the request asked for, as real servers echo it. */
    static String requestedModel(RecordedRequest request) {
        try {
            return MAPPER.readTree(request.body()).path("model").asText("unknown");
        } catch (JsonProcessingException e) {
            return "unknown";
        }
    }
}
