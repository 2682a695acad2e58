package dev.lingo.vm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON arrays of numbers that embedding APIs answer with, checking there is one per text. */
public final class EmbeddingVectors {

    private EmbeddingVectors() {
    }

    /** @param arrays the answer's vectors, in request order */
    public static List<float[]> read(String provider, HttpReply reply, List<JsonNode> arrays, int expected) {
        if (arrays.size() != expected) {
            throw new MalformedResponseException(provider, reply.status(),
                    "asked for " + expected + " embeddings, got " + arrays.size() + " in " + reply.excerpt());
        }
        List<float[]> out = new ArrayList<>(arrays.size());
        for (JsonNode array : arrays) {
            if (!array.isArray() || array.isEmpty()) {
                throw new MalformedResponseException(provider, reply.status(), "an embedding is not a list of numbers in " + reply.excerpt());
            }
            float[] v = new float[array.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode x = array.get(i);
                if (!x.isNumber()) {
                    throw new MalformedResponseException(provider, reply.status(), "an embedding holds a non-number in " + reply.excerpt());
                }
                v[i] = x.floatValue();
            }
            out.add(v);
        }
        return out;
    }
}
