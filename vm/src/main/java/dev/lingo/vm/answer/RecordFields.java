package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;

/** Finds a record field in an answer object; when coercing, a unique case-insensitive match counts ("Stars" for stars). */
final class RecordFields {

    private RecordFields() {
    }

    static JsonNode find(ObjectNode object, String name, boolean coerce) {
        JsonNode exact = object.get(name);
        if (exact != null || !coerce) {
            return exact;
        }
        JsonNode found = null;
        Iterator<String> names = object.fieldNames();
        while (names.hasNext()) {
            String candidate = names.next();
            if (candidate.equalsIgnoreCase(name)) {
                if (found != null) {
                    return null; // two spellings: refuse to pick one
                }
                found = object.get(candidate);
            }
        }
        return found;
    }
}
