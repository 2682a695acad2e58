package dev.lingo.vm.call;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.trace.CallRecord;

/**
 * A checked answer: {@code value} fits the requested type (records in field order, absent optional
 * fields as null, Ints as longs, Floats as doubles, free text as a string).
 */
public record TypedAnswer(JsonNode value, CallRecord record) {
}
