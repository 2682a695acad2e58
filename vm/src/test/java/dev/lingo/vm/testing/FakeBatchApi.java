package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * OpenAI's Batch API on a {@link FakeOpenAiServer}: {@code POST /v1/files} (multipart, purpose
 * batch), {@code POST /v1/batches}, {@code GET /v1/batches[/{id}]}, {@code GET /v1/files/{id}/content}.
 * A batch moves validating → in_progress → finalizing → completed, one stage per poll (more with
 * {@link #pollsPerStage}); {@link #hold()} keeps batches in progress until {@link #release()}. When
 * it completes, each input line is answered like a Chat Completions request (measured usage);
 * chosen lines fail into the error file, or the whole batch fails.
 */
public final class FakeBatchApi {

    private final FakeOpenAiServer server;
    private final Function<RecordedRequest, String> content;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final Map<String, FakeBatch> batches = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final AtomicInteger creations = new AtomicInteger();
    private final AtomicInteger polls = new AtomicInteger();
    private volatile int pollsPerStage = 1;
    private volatile boolean held;
    private volatile Predicate<String> failingLines = id -> false;
    private volatile Predicate<String> cutLines = id -> false;
    private volatile String batchFailure;
    private volatile boolean loseCreateReply;

    FakeBatchApi(FakeOpenAiServer server, Function<RecordedRequest, String> content) {
        this.server = server;
        this.content = content;
        server.route("POST", "/v1/files", this::upload);
        server.route("GET", "/v1/files/", this::download);
        server.route("POST", "/v1/batches", this::create);
        server.route("GET", "/v1/batches", this::status);
    }

    /** Batches created (POST /v1/batches that succeeded). */
    public int creations() {
        return creations.get();
    }

    /** The ids of the batches created, oldest first. */
    public List<String> batchIds() {
        return batches.keySet().stream().sorted(java.util.Comparator.comparingInt(id -> Integer.parseInt(id.substring(6)))).toList();
    }

    /** Status requests answered (GET /v1/batches/{id}). */
    public int polls() {
        return polls.get();
    }

    /** Files uploaded. */
    public int uploads() {
        return (int) files.keySet().stream().filter(id -> id.startsWith("file-in-")).count();
    }

    public FakeBatchApi pollsPerStage(int n) {
        pollsPerStage = n;
        return this;
    }

    /** Batches stay in progress until {@link #release()}. */
    public FakeBatchApi hold() {
        held = true;
        return this;
    }

    public FakeBatchApi release() {
        held = false;
        return this;
    }

    /** Lines whose custom_id matches end in the error file (HTTP 500 inside the batch). */
    public FakeBatchApi failLines(Predicate<String> customIds) {
        failingLines = customIds;
        return this;
    }

    /** Lines whose custom_id matches are answered, but end with {@code finish_reason: "length"} (cut off at max tokens). */
    public FakeBatchApi cutLines(Predicate<String> customIds) {
        cutLines = customIds;
        return this;
    }

    /** Batches end as {@code failed} with this message instead of completing. */
    public FakeBatchApi failBatches(String message) {
        batchFailure = message;
        return this;
    }

    /** The next batch is created, but the connection drops before the reply: the client cannot know it exists. */
    public FakeBatchApi loseNextCreateReply() {
        loseCreateReply = true;
        return this;
    }

    /** The JSON Lines uploaded for a batch's input. */
    public List<JsonNode> inputLines(String batchId) {
        return lines(files.get(batches.get(batchId).json.path("input_file_id").asText()));
    }

    /** The JSON Lines of a completed batch's output file (its answered lines, each with its usage). */
    public List<JsonNode> outputLines(String batchId) {
        return lines(files.get(batches.get(batchId).json.path("output_file_id").asText()));
    }

    private ScriptedReply upload(RecordedRequest request) {
        Map<String, String> parts = FakeMultipart.parts(request);
        if (!"batch".equals(parts.get("purpose")) || parts.get("file") == null) {
            return error(400, "purpose must be batch and a file must be given");
        }
        String id = "file-in-" + ids.incrementAndGet();
        files.put(id, parts.get("file"));
        ObjectNode file = FakeJson.object().put("id", id).put("object", "file").put("bytes", parts.get("file").length())
                .put("created_at", 1_700_000_000L).put("filename", "batch.jsonl").put("purpose", "batch");
        return ScriptedReply.of(200, FakeJson.write(file));
    }

    private ScriptedReply create(RecordedRequest request) {
        JsonNode body = request.json();
        String input = body.path("input_file_id").asText();
        if (!files.containsKey(input) || !"/v1/chat/completions".equals(body.path("endpoint").asText())
                || !"24h".equals(body.path("completion_window").asText())) {
            return error(400, "bad batch: unknown input file, endpoint or completion window");
        }
        String id = "batch_" + ids.incrementAndGet();
        ObjectNode batch = FakeJson.object().put("id", id).put("object", "batch").put("endpoint", "/v1/chat/completions")
                .putNull("errors").put("input_file_id", input).put("completion_window", "24h").put("status", "validating")
                .putNull("output_file_id").putNull("error_file_id").put("created_at", 1_700_000_000L);
        batch.putObject("request_counts").put("total", lines(files.get(input)).size()).put("completed", 0).put("failed", 0);
        batch.set("metadata", body.path("metadata").isObject() ? body.get("metadata") : null);
        batches.put(id, new FakeBatch(batch));
        creations.incrementAndGet();
        if (loseCreateReply) {
            loseCreateReply = false;
            return ScriptedReply.droppedConnection();
        }
        return ScriptedReply.of(200, FakeJson.write(batch));
    }

    private ScriptedReply status(RecordedRequest request) {
        String rest = request.path().substring("/v1/batches".length());
        if (rest.isEmpty() || rest.equals("/")) {
            ObjectNode list = FakeJson.object().put("object", "list");
            ArrayNode data = list.putArray("data");
            batches.values().forEach(b -> data.add(b.json));
            return ScriptedReply.of(200, FakeJson.write(list));
        }
        FakeBatch batch = batches.get(rest.substring(1));
        if (batch == null) {
            return error(404, "no batch " + rest.substring(1));
        }
        polls.incrementAndGet();
        synchronized (batch) {
            advance(batch);
            return ScriptedReply.of(200, FakeJson.write(batch.json));
        }
    }

    private void advance(FakeBatch batch) {
        String status = batch.json.path("status").asText();
        if (status.equals("completed") || status.equals("failed") || held && status.equals("in_progress")) {
            return;
        }
        if (++batch.pollsInStage < pollsPerStage) {
            return;
        }
        batch.pollsInStage = 0;
        switch (status) {
            case "validating" -> batch.json.put("status", batchFailure == null ? "in_progress" : "failed");
            case "in_progress" -> batch.json.put("status", "finalizing");
            default -> finish(batch);
        }
        if (batchFailure != null && batch.json.path("status").asText().equals("failed")) {
            ObjectNode errors = batch.json.putObject("errors").put("object", "list");
            errors.putArray("data").addObject().put("code", "invalid_request").put("message", batchFailure);
        }
    }

    private void finish(FakeBatch batch) {
        StringBuilder out = new StringBuilder();
        StringBuilder err = new StringBuilder();
        int done = 0;
        List<JsonNode> input = lines(files.get(batch.json.path("input_file_id").asText()));
        for (JsonNode line : input) {
            String customId = line.path("custom_id").asText();
            ObjectNode result = FakeJson.object().put("id", "batch_req_" + ids.incrementAndGet()).put("custom_id", customId);
            ObjectNode response = result.putObject("response").put("request_id", "req_" + ids.get());
            if (failingLines.test(customId)) {
                response.put("status_code", 500).putObject("body").putObject("error").put("message", "fake: line failed");
                result.putNull("error");
                err.append(FakeJson.write(result)).append('\n');
                continue;
            }
            RecordedRequest asChat = new RecordedRequest("POST", "/v1/chat/completions", Map.of(), FakeJson.write(line.path("body")));
            JsonNode answer = FakeJson.parse(server.measuredCompletion(asChat, content.apply(asChat)));
            if (cutLines.test(customId)) {
                ((ObjectNode) answer.path("choices").get(0)).put("finish_reason", "length");
            }
            response.put("status_code", 200).set("body", answer);
            result.putNull("error");
            out.append(FakeJson.write(result)).append('\n');
            done++;
        }
        batch.json.put("status", "completed").put("output_file_id", save("file-out-", out)).put("error_file_id",
                err.isEmpty() ? null : save("file-err-", err));
        ((ObjectNode) batch.json.get("request_counts")).put("completed", done).put("failed", input.size() - done);
    }

    private String save(String prefix, StringBuilder text) {
        String id = prefix + ids.incrementAndGet();
        files.put(id, text.toString());
        return id;
    }

    private ScriptedReply download(RecordedRequest request) {
        String path = request.path();
        if (!path.endsWith("/content")) {
            return error(404, "no route " + path);
        }
        String text = files.get(path.substring("/v1/files/".length(), path.length() - "/content".length()));
        return text == null ? error(404, "no file") : ScriptedReply.of(200, text).withHeader("content-type", "application/octet-stream");
    }

    private static List<JsonNode> lines(String text) {
        List<JsonNode> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                out.add(FakeJson.parse(line));
            }
        }
        return out;
    }

    private static ScriptedReply error(int status, String message) {
        ObjectNode body = FakeJson.object();
        body.putObject("error").put("message", "fake batch API: " + message).put("type", "invalid_request_error");
        return ScriptedReply.of(status, FakeJson.write(body));
    }

    private static final class FakeBatch {
        final ObjectNode json;
        int pollsInStage;

        FakeBatch(ObjectNode json) {
            this.json = json;
        }
    }
}
