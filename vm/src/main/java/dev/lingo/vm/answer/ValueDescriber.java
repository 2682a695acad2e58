package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;

/** Short renderings of answer values for error messages ("got 7", "got \"seven\"", "got a list of 3"). */
final class ValueDescriber {

    private static final int MAX_TEXT = 60;

    private ValueDescriber() {
    }

    static String describe(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return "null";
        }
        if (value.isTextual()) {
            String text = value.asText();
            String shown = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) + "…" : text;
            return '"' + shown.replace("\n", "\\n") + '"';
        }
        if (value.isObject()) {
            return value.isEmpty() ? "an empty object" : "an object";
        }
        if (value.isArray()) {
            return value.size() == 1 ? "a list of 1 item" : "a list of " + value.size() + " items";
        }
        return value.asText(); // numbers and booleans as written
    }
}
