package dev.lingo.vm.batch.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON Lines of a batch job. Input: one Chat Completions request per line, named by its
 * {@code custom_id} (the request key). Output and error files: one result per line, found again by
 * that id: {@code {"custom_id", "response": {"status_code", "body"}, "error"}}.
 */
final class BatchLines {

    /**
     * What became of one line.
     *
     * @param body  the Chat Completions response body, when the line succeeded (HTTP 2xx)
     * @param error why not, otherwise (e.g. {@code HTTP 500: ...} or {@code batch_expired: ...})
     */
    record Result(String body, String error) {
        boolean succeeded() {
            return body != null;
        }
    }

    private BatchLines() {
    }

    static String input(String customId, ObjectNode chatBody) {
        ObjectNode line = Json.object().put("custom_id", customId).put("method", "POST").put("url", BatchApiClient.CHAT_ENDPOINT);
        line.set("body", chatBody);
        return Json.write(line);
    }

    /** Every readable line of an output or error file by custom_id; unreadable lines are skipped. */
    static Map<String, Result> read(String jsonl) {
        Map<String, Result> results = new LinkedHashMap<>();
        if (jsonl == null) {
            return results;
        }
        for (String text : jsonl.split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonNode line;
            try {
                line = Json.parse(text);
            } catch (Exception e) {
                continue; // a damaged line: its request goes the normal way
            }
            String id = line.path("custom_id").asText(null);
            if (id != null) {
                results.put(id, result(line));
            }
        }
        return results;
    }

    private static Result result(JsonNode line) {
        JsonNode response = line.path("response");
        int status = response.path("status_code").asInt(0);
        if (status >= 200 && status < 300 && response.path("body").isObject()) {
            return new Result(Json.write(response.get("body")), null);
        }
        JsonNode error = line.path("error");
        if (error.isObject()) {
            return new Result(null, error.path("code").asText("error") + ": " + error.path("message").asText(""));
        }
        JsonNode body = response.path("body");
        return new Result(null, "HTTP " + status + ": " + body.path("error").path("message").asText(body.toString()));
    }
}
