package dev.lingo.vm.call;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.trace.CallRecord;

/**
 * A checked answer: {@code value} fits the requested type (records in field order, absent optional
 * fields as null, Ints as longs, Floats as doubles, free text as a string).
 *
 */
public record TypedAnswer(JsonNode value, CallRecord record) {

    /** How sure the model was, 0..1, when the request asked and the provider could say; else null. */
    public Double confidence() {
        return record.confidence();
    }
}
