package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The outcome of checking an answer: the value (after safe coercions, records in field order) when
 * there are no errors, otherwise null and the errors.
 */
public record ValidationResult(JsonNode value, List<ValidationError> errors) {

    public ValidationResult {
        errors = List.copyOf(errors);
    }

    public static ValidationResult valid(JsonNode value) {
        return new ValidationResult(value, List.of());
    }

    public static ValidationResult invalid(ValidationError error) {
        return new ValidationResult(null, List.of(error));
    }

    public boolean ok() {
        return errors.isEmpty();
    }
}
