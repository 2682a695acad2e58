package dev.lingo.vm.batch;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.answer.AnswerReader;
import dev.lingo.vm.answer.AnswerValidator;
import dev.lingo.vm.answer.LenientJsonParser;
import dev.lingo.vm.answer.UnparseableAnswerException;
import dev.lingo.vm.answer.ValidationResult;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.opcode.PackedPromptRenderer;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a packed answer back into one answer per item. Each item's value is re-shaped as the text
 * a single call would have got (wrapped as {@code {"value": v}} where the provider's schema wraps)
 * and read exactly like one, so what is cached under the item's own key reads the same on a hit.
 * An id that is missing, given twice or out of range, or a value that does not fit, leaves that
 * item out: it is asked on its own instead.
 */
final class PackedAnswerReader {

    /** @param raw the text a single call would have got; @param value the checked value */
    record ItemAnswer(String raw, JsonNode value) {
    }

    private PackedAnswerReader() {
    }

    /** The items that got a fitting answer, by position (0-based) in the pack. */
    static Map<Integer, ItemAnswer> read(String raw, int count, LingoType itemType, StructuredSchema itemSchema) {
        JsonNode root;
        try {
            root = LenientJsonParser.parse(raw, PackedPromptRenderer.packType(itemType));
        } catch (UnparseableAnswerException e) {
            return Map.of();
        }
        JsonNode list = root.isArray() ? root : root.path(PackedPromptRenderer.ANSWERS);
        if (!list.isArray()) {
            return Map.of();
        }
        Map<Integer, JsonNode> byId = new HashMap<>();
        Map<Integer, Integer> seen = new HashMap<>();
        for (JsonNode entry : list) {
            Integer id = idOf(entry);
            if (id != null && id >= 1 && id <= count) {
                seen.merge(id, 1, Integer::sum);
                byId.put(id, entry.get(PackedPromptRenderer.VALUE));
            }
        }
        Map<Integer, ItemAnswer> answers = new HashMap<>();
        byId.forEach((id, value) -> {
            if (seen.get(id) == 1 && value != null) {
                String single = asSingleAnswer(value, itemSchema);
                ValidationResult result = AnswerReader.read(single, itemType, itemSchema);
                if (result.ok()) {
                    answers.put(id - 1, new ItemAnswer(single, result.value()));
                }
            }
        });
        return answers;
    }

    private static Integer idOf(JsonNode entry) {
        if (!entry.isObject() || !entry.has(PackedPromptRenderer.ID)) {
            return null;
        }
        ValidationResult id = AnswerValidator.validate(entry.get(PackedPromptRenderer.ID), LingoType.INT);
        return id.ok() && id.value().canConvertToInt() ? id.value().asInt() : null;
    }

    private static String asSingleAnswer(JsonNode value, StructuredSchema itemSchema) {
        if (itemSchema != null && itemSchema.wrapped()) {
            return Json.write(Json.object().set(StructuredSchema.VALUE_FIELD, value));
        }
        return Json.write(value);
    }
}
