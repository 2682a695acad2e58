package dev.lingo.vm.call;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.trace.CallRecord;

/**
 * A checked answer: {@code value} fits the requested type (records in field order, absent optional
 * fields as null, Ints as longs, Floats as doubles, free text as a string).
 *
 * @param confidence how sure the model was, 0..1, when the request asked ({@link dev.lingo.vm.provider.ModelRequest#confidence})
 *                   and the provider could say; else null
 */
public record TypedAnswer(JsonNode value, CallRecord record, Double confidence) {

    public TypedAnswer(JsonNode value, CallRecord record) {
        this(value, record, null);
    }
}
