package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads scalars out of answer values. Without coercion only the exact JSON kind counts; with it,
 * only conversions that lose nothing: {@code "5"} or {@code 5.0} to Int 5, {@code "2.5"} to Float,
 * {@code "TRUE"} to true, an enum value in another letter case. Never rounding, never guessing.
 */
final class ScalarCoercions {

    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");

    private ScalarCoercions() {
    }

    static Long toLong(JsonNode v, boolean coerce) {
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() ? v.longValue() : null;
        }
        if (!coerce) {
            return null;
        }
        if (v.isFloatingPointNumber() && v.canConvertToExactIntegral() && v.canConvertToLong()) {
            return v.longValue();
        }
        if (v.isTextual() && INTEGER.matcher(v.asText().strip()).matches()) {
            try {
                return Long.parseLong(v.asText().strip());
            } catch (NumberFormatException tooBig) {
                return null;
            }
        }
        return null;
    }

    static Double toDouble(JsonNode v, boolean coerce) {
        if (v.isNumber()) {
            return v.doubleValue(); // an Int is accepted where a Float is expected
        }
        if (coerce && v.isTextual() && NUMBER.matcher(v.asText().strip()).matches()) {
            double d = Double.parseDouble(v.asText().strip());
            return Double.isFinite(d) ? d : null;
        }
        return null;
    }

    static Boolean toBoolean(JsonNode v, boolean coerce) {
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (coerce && v.isTextual()) {
            String text = v.asText().strip();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text.toLowerCase());
            }
        }
        return null;
    }

    /** The enum value {@code v} names: exactly, or (coercing) ignoring case and surrounding quotes when unique. */
    static String toLiteral(JsonNode v, List<String> values, boolean coerce) {
        if (!v.isTextual()) {
            return null;
        }
        if (values.contains(v.asText())) {
            return v.asText();
        }
        if (!coerce) {
            return null;
        }
        String text = v.asText().strip();
        if (text.length() >= 2 && (text.startsWith("\"") && text.endsWith("\"") || text.startsWith("'") && text.endsWith("'"))) {
            text = text.substring(1, text.length() - 1).strip();
        }
        String found = null;
        for (String value : values) {
            if (value.equalsIgnoreCase(text)) {
                if (found != null) {
                    return null; // ambiguous: "A" | "a"
                }
                found = value;
            }
        }
        return found;
    }
}
