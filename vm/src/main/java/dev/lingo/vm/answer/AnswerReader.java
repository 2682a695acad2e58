package dev.lingo.vm.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;

/**
 * Model text to checked value in one step: lenient parse, remove the provider's envelope (or a
 * one-field object where no object can be meant), validate.
 */
public final class AnswerReader {

    private AnswerReader() {
    }

    /**
     * @param raw    the model's text
     * @param type   the expected type; null means free text
     * @param schema the schema that was sent, or null when none was (free text)
     */
    public static ValidationResult read(String raw, LingoType type, StructuredSchema schema) {
        if (StructuredSchema.isFreeText(type)) {
            String text = LenientJsonParser.stripReasoning(raw == null ? "" : raw).strip();
            return ValidationResult.valid(TextNode.valueOf(text));
        }
        JsonNode parsed;
        try {
            parsed = LenientJsonParser.parse(raw, type);
        } catch (UnparseableAnswerException e) {
            return ValidationResult.invalid(new ValidationError("", type.display(), e.getMessage()));
        }
        JsonNode value = schema == null ? parsed : schema.unwrap(parsed);
        if (value.isObject() && value.size() == 1 && !admitsObject(type)) {
            value = value.elements().next(); // {"sentiment": "mixed"} where a Sentiment is expected
        }
        return AnswerValidator.validate(value, type);
    }

    /** Whether an object could itself be the answer; if not, a one-field object can only be an envelope. */
    private static boolean admitsObject(LingoType type) {
        return switch (type) {
            case NamedType named -> admitsObject(named.target());
            case OptionalType optional -> admitsObject(optional.inner());
            case UnionType union -> union.options().stream().anyMatch(AnswerReader::admitsObject);
            case RecordType r -> true;
            case AnyType a -> true;
            default -> false;
        };
    }
}
