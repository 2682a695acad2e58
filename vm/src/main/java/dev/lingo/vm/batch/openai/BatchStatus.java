package dev.lingo.vm.batch.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch job as {@code GET /v1/batches/{id}} describes it.
 *
 * @param status       validating, in_progress, finalizing, completed, failed, expired, cancelling, cancelled
 * @param outputFileId the answered lines, once there are any (completed, expired, cancelled)
 * @param errorFileId  the lines that failed, if any
 * @param errors       why a failed job failed (the messages, joined), or empty
 */
public record BatchStatus(String id, String status, String inputFileId, String outputFileId, String errorFileId,
                          String errors, int total, int completed, int failed) {

    static BatchStatus from(JsonNode json) {
        List<String> messages = new ArrayList<>();
        json.path("errors").path("data").forEach(e -> messages.add(
                (e.path("line").isNumber() ? "line " + e.get("line").asInt() + ": " : "") + e.path("message").asText(e.toString())));
        JsonNode counts = json.path("request_counts");
        return new BatchStatus(json.path("id").asText(), json.path("status").asText(), text(json, "input_file_id"),
                text(json, "output_file_id"), text(json, "error_file_id"), String.join("; ", messages),
                counts.path("total").asInt(0), counts.path("completed").asInt(0), counts.path("failed").asInt(0));
    }

    /** Nothing will change any more. */
    public boolean finished() {
        return switch (status) {
            case "completed", "failed", "expired", "cancelled" -> true;
            default -> false;
        };
    }

    /** Finished without producing answers: the input was rejected as a whole. */
    public boolean failedWhole() {
        return status.equals("failed");
    }

    private static String text(JsonNode json, String field) {
        JsonNode v = json.path(field);
        return v.isTextual() && !v.asText().isBlank() ? v.asText() : null;
    }
}
