package dev.lingo.vm.batch.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.HttpReply;
import dev.lingo.vm.provider.JsonHttpClient;
import dev.lingo.vm.provider.MalformedResponseException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * OpenAI's Files and Batches endpoints, over the same base URL and key as Chat Completions:
 * upload a JSON Lines file ({@code purpose=batch}), create a job for it, read a job's status, list
 * jobs, download a file. Failures are the providers' typed exceptions. Thread-safe.
 */
public final class BatchApiClient implements AutoCloseable {

    public static final String CHAT_ENDPOINT = "/v1/chat/completions";
    public static final String COMPLETION_WINDOW = "24h";

    private final String provider;
    private final JsonHttpClient http;

    public BatchApiClient(String provider, Endpoint endpoint) {
        this.provider = provider;
        this.http = new JsonHttpClient(provider, endpoint, "Authorization", "Bearer ");
    }

    /** Uploads {@code jsonl} as a batch input file; returns the file's id. */
    public String upload(String jsonl, String fileName) {
        String boundary = "lingo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        part(body, boundary, "form-data; name=\"purpose\"", null, "batch");
        part(body, boundary, "form-data; name=\"file\"; filename=\"" + fileName + "\"", "application/jsonl", jsonl);
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpReply reply = http.post("/files", "multipart/form-data; boundary=" + boundary, body.toByteArray());
        return require(parse(reply), "id", reply);
    }

    /** Creates a job answering the file's lines with Chat Completions within 24 hours. */
    public BatchStatus create(String inputFileId, Map<String, String> metadata) {
        ObjectNode request = Json.object().put("input_file_id", inputFileId).put("endpoint", CHAT_ENDPOINT)
                .put("completion_window", COMPLETION_WINDOW);
        ObjectNode meta = request.putObject("metadata");
        metadata.forEach(meta::put);
        return status(http.post("/batches", request, Map.of()));
    }

    public BatchStatus status(String batchId) {
        return status(http.get("/batches/" + batchId));
    }

    /** The most recent jobs (up to 100), newest first. */
    public List<BatchStatus> recent() {
        HttpReply reply = http.get("/batches?limit=100");
        List<BatchStatus> jobs = new ArrayList<>();
        parse(reply).path("data").forEach(j -> jobs.add(BatchStatus.from(j)));
        return jobs;
    }

    public String content(String fileId) {
        return http.get("/files/" + fileId + "/content").body();
    }

    private BatchStatus status(HttpReply reply) {
        JsonNode json = parse(reply);
        require(json, "id", reply);
        require(json, "status", reply);
        return BatchStatus.from(json);
    }

    private JsonNode parse(HttpReply reply) {
        try {
            return Json.parse(reply.body());
        } catch (Exception e) {
            throw new MalformedResponseException(provider, reply.status(), "not JSON: " + reply.excerpt());
        }
    }

    private String require(JsonNode json, String field, HttpReply reply) {
        if (!json.path(field).isTextual()) {
            throw new MalformedResponseException(provider, reply.status(), "no " + field + " in " + reply.excerpt());
        }
        return json.get(field).asText();
    }

    private static void part(ByteArrayOutputStream out, String boundary, String disposition, String type, String content) {
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\nContent-Disposition: ").append(disposition).append("\r\n");
        if (type != null) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content.getBytes(StandardCharsets.UTF_8));
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        http.close();
    }
}
