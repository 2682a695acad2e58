package dev.lingo.vm.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.ModelRequest;

/**
 * How an answer asked with its confidence ({@link ModelRequest#confidence}, a cascade's first model)
 * is stored in the cache and in recordings: {@code {"answer": raw text, "confidence": 0.93 or null}},
 * so a hit or a replay decides as the fresh answer did. Such requests have keys of their own, so an
 * entry is always the one or the other shape; a plain answer is stored as it is.
 */
public final class ConfidenceEnvelope {

    /** A stored entry opened: the model's raw text and its confidence (null when it had none). */
    public record Opened(String answer, Double confidence) {
    }

    private ConfidenceEnvelope() {
    }

    /** What to store for {@code raw}: the envelope when the request asked for the confidence, else the text. */
    public static String wrap(ModelRequest request, String raw, Double confidence) {
        if (!request.confidence()) {
            return raw;
        }
        var envelope = Json.object().put("answer", raw);
        if (confidence == null) {
            envelope.putNull("confidence");
        } else {
            envelope.put("confidence", confidence);
        }
        return envelope.toString();
    }

    /** The stored text opened; an entry that is not an envelope (a re-attached batch job's) has no confidence. */
    public static Opened open(ModelRequest request, String stored) {
        if (!request.confidence()) {
            return new Opened(stored, null);
        }
        try {
            JsonNode node = Json.MAPPER.readTree(stored);
            if (node != null && node.path("answer").isTextual()) {
                JsonNode c = node.path("confidence");
                return new Opened(node.get("answer").asText(), c.isNumber() ? c.asDouble() : null);
            }
        } catch (java.io.IOException e) {
            // not an envelope: the text as it is
        }
        return new Opened(stored, null);
    }
}
