package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Deterministic vectors for the fakes' embeddings endpoints: each text's bytes spread over {@code dims} numbers. */
public final class FakeEmbeddings {

    private FakeEmbeddings() {
    }

    /** The vector a fake answers for {@code text}. */
    public static float[] vectorOf(String text, int dims) {
        float[] v = new float[dims];
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            v[i % dims] += (bytes[i] & 0xff) / 100f;
        }
        v[0] += bytes.length;
        return v;
    }

    static List<String> inputs(RecordedRequest request) {
        List<String> out = new ArrayList<>();
        JsonNode input = request.json().path("input");
        if (input.isTextual()) {
            out.add(input.asText());
        } else {
            input.forEach(t -> out.add(t.asText()));
        }
        return out;
    }

    static void put(ArrayNode array, float[] v) {
        for (float x : v) {
            array.add(x);
        }
    }
}
