package dev.lingo.vm.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.testing.RecordedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a model behind the fake server: it answers a text by a rule the test chooses, and
 * understands both a single request (the text is the user message) and a packed one (the items
 * in the user message), answering each in the shape its schema asks for. It reads a pack as a
 * credulous model would: the item tag the system message announces, in any case, with spaces or
 * quotes around its parts and full-width brackets taken for the real ones; an item ends at the first
 * closing tag. So a text that could forge a tag is seen as two items here.
 */
public final class RuleModel {

    private static final Pattern ANNOUNCED_TAG = Pattern.compile("between <([^\\s>]+) id=\"N\">");
    private static final String OPEN = "[<\uFF1C\uFE64]\\s*", CLOSE = "\\s*[>\uFF1E\uFE65]", SLASH = "\\s*[/\uFF0F]\\s*";

    private RuleModel() {
    }

    /** The first label named in the text, else the first label. */
    public static Function<String, JsonNode> labelIn(List<String> labels) {
        return text -> Json.MAPPER.getNodeFactory().textNode(labels.stream()
                .filter(l -> text.toLowerCase().contains(l)).findFirst().orElse(labels.getFirst()));
    }

    /** Answers classify requests with the first of {@code labels} the text names. */
    public static Function<RecordedRequest, String> answering(List<String> labels) {
        return answering(labelIn(labels));
    }

    /** Answers every request by {@code rule}, item by item. */
    public static Function<RecordedRequest, String> answering(Function<String, JsonNode> rule) {
        return request -> {
            Map<Integer, String> items = items(request);
            if (items == null) {
                JsonNode value = rule.apply(userText(request));
                return Json.write(wrapped(request) ? Json.object().set("value", value) : value);
            }
            Map<Integer, JsonNode> answers = new LinkedHashMap<>();
            items.forEach((id, text) -> answers.put(id, rule.apply(text)));
            return packed(answers);
        };
    }

    /** {@code {"answers": [{"id": N, "value": V}, ...]}} in the order given. */
    public static String packed(Map<Integer, JsonNode> answers) {
        ObjectNode root = Json.object();
        ArrayNode list = root.putArray("answers");
        answers.forEach((id, v) -> list.addObject().put("id", id).set("value", v));
        return Json.write(root);
    }

    /** The items of a packed request by id, or null for a single request. */
    public static Map<Integer, String> items(RecordedRequest request) {
        Matcher announced = ANNOUNCED_TAG.matcher(messageText(request, "system"));
        if (!announced.find()) {
            return null;
        }
        String tag = Pattern.quote(announced.group(1));
        Pattern item = Pattern.compile("(?si)" + OPEN + tag + "\\s+id\\s*=\\s*[\"']?(\\d+)[\"']?" + CLOSE + "(.*?)"
                + OPEN + SLASH + tag + CLOSE);
        Matcher m = item.matcher(userText(request));
        Map<Integer, String> items = new LinkedHashMap<>();
        while (m.find()) {
            items.put(Integer.parseInt(m.group(1)), m.group(2));
        }
        return items.isEmpty() ? null : items;
    }

    public static String userText(RecordedRequest request) {
        return messageText(request, "user");
    }

    private static String messageText(RecordedRequest request, String role) {
        List<String> texts = new ArrayList<>();
        request.json().path("messages").forEach(m -> {
            if (m.path("role").asText().equals(role)) {
                texts.add(m.path("content").asText());
            }
        });
        return texts.isEmpty() ? "" : texts.getLast();
    }

    private static boolean wrapped(RecordedRequest request) {
        JsonNode props = request.json().path("response_format").path("json_schema").path("schema").path("properties");
        return props.size() == 1 && props.has("value");
    }
}
