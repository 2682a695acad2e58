package dev.lingo.vm.answer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.*;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the JSON in a model's text the way a patient person would: reasoning blocks
 * ({@code <think>…</think>}) and code fences are removed, a preamble before the first {@code {} or
 * {@code [} is skipped, trailing commas and comments are forgiven. For a scalar type an unquoted
 * answer ({@code positive}, {@code 5}) becomes a string for the validator to judge.
 */
public final class LenientJsonParser {

    private static final Pattern REASONING = Pattern.compile("(?is)<(think|thinking|reasoning)>.*?</\\1>");
    private static final Pattern CLOSE_TAG = Pattern.compile("(?i)</(think|thinking|reasoning)>");
    private static final Pattern OPEN_TAG = Pattern.compile("(?i)<(think|thinking|reasoning)>");
    private static final Pattern FENCE = Pattern.compile("(?s)```[\\w+-]*[ \\t]*\\R?(.*?)```");

    private LenientJsonParser() {
    }

    public static JsonNode parse(String raw, LingoType expected) throws UnparseableAnswerException {
        String text = unfence(stripReasoning(raw == null ? "" : raw)).strip();
        if (text.isEmpty()) {
            throw new UnparseableAnswerException("the answer is empty");
        }
        try {
            return Json.LENIENT.readTree(text);
        } catch (JsonProcessingException notWholeJson) {
            // fall through: look for JSON inside prose
        }
        boolean structured = structured(expected);
        int start = JsonSlicer.firstOpening(text, preferredOpening(expected));
        if (start >= 0) {
            try {
                return Json.LENIENT.readTree(JsonSlicer.balancedFrom(text, start));
            } catch (JsonProcessingException e) {
                if (structured) {
                    throw new UnparseableAnswerException("not valid JSON: " + e.getOriginalMessage());
                }
            }
        }
        if (structured) {
            throw new UnparseableAnswerException("no JSON " + (preferredOpening(expected) == '[' ? "list" : "object")
                    + " found in the answer");
        }
        return TextNode.valueOf(text);
    }

    /** The text without reasoning: closed blocks removed, and anything before a dangling closing tag. */
    public static String stripReasoning(String raw) {
        if (raw.indexOf('<') < 0) {
            return raw; // the common case, and every cache hit: no tag, no regex
        }
        String text = REASONING.matcher(raw).replaceAll("");
        Matcher close = CLOSE_TAG.matcher(text);
        int end = -1;
        while (close.find()) {
            end = close.end();
        }
        if (end >= 0) {
            text = text.substring(end); // the opening tag was in the prompt template
        }
        Matcher open = OPEN_TAG.matcher(text);
        if (open.find()) {
            text = text.substring(0, open.start()); // reasoning cut off by the token limit
        }
        return text;
    }

    static String unfence(String text) {
        if (!text.contains("```")) {
            return text;
        }
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            if (!fence.group(1).isBlank()) {
                return fence.group(1);
            }
        }
        int open = text.indexOf("```");
        if (open >= 0) { // an opening fence cut off before its end
            int lineEnd = text.indexOf('\n', open);
            return lineEnd < 0 ? "" : text.substring(lineEnd + 1);
        }
        return text;
    }

    private static boolean structured(LingoType type) {
        return switch (type == null ? LingoType.STRING : type) {
            case NamedType named -> structured(named.target());
            case OptionalType optional -> structured(optional.inner());
            case UnionType union -> union.options().stream().anyMatch(LenientJsonParser::structured);
            case RecordType r -> true;
            case ListType l -> true;
            default -> false;
        };
    }

    /** '{' for records, '[' for lists, 0 for "whichever comes first". */
    private static char preferredOpening(LingoType type) {
        LingoType t = type == null ? LingoType.STRING : type.resolved();
        while (t instanceof OptionalType optional) {
            t = optional.inner().resolved();
        }
        return t instanceof RecordType ? '{' : t instanceof ListType ? '[' : 0;
    }
}
