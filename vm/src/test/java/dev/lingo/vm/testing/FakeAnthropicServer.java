package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

/** A fake Anthropic Messages server ({@code POST /v1/messages}). */
public final class FakeAnthropicServer extends FakeModelServer {

    private final AtomicInteger ids = new AtomicInteger();

    public FakeAnthropicServer() {
        super("/v1/messages");
    }

    /** The model calls the forced tool (named as the request's tool_choice) with this JSON input. */
    public FakeAnthropicServer toolAnswer(String inputJson) {
        return toolAnswer(inputJson, 20, 9, 0, 0);
    }

    public FakeAnthropicServer toolAnswer(String inputJson, long input, long output, long cacheRead, long cacheWrite) {
        enqueue(toolReply(inputJson, input, output, cacheRead, cacheWrite));
        return this;
    }

    /** A tool answer whose headers say it was the last request allowed until {@code reset} (RFC 3339, as Anthropic sends it). */
    public FakeAnthropicServer toolAnswerUsingUpRequests(String inputJson, Instant reset) {
        enqueue(toolReply(inputJson, 20, 9, 0, 0)
                .withHeader("anthropic-ratelimit-requests-limit", "50").withHeader("anthropic-ratelimit-requests-remaining", "0")
                .withHeader("anthropic-ratelimit-requests-reset", reset.toString())
                .withHeader("anthropic-ratelimit-tokens-remaining", "40000")
                .withHeader("anthropic-ratelimit-tokens-reset", reset.plusSeconds(60).toString()));
        return this;
    }

    /**
     * Every request that finds nothing queued gets the forced tool called with {@code inputJson(request)},
     * with usage proportional to the prompt's and the answer's length ({@link FakeUsage#messagesPromptTokens}).
     */
    public FakeAnthropicServer toolAnswerEach(java.util.function.Function<RecordedRequest, String> inputJson) {
        otherwise(ScriptedReply.of(200, request -> {
            String input = inputJson.apply(request);
            return toolMessage(request, input, FakeUsage.messagesPromptTokens(request.json()), FakeUsage.tokens(input), 0, 0, "tool_use");
        }));
        return this;
    }

    /** The model writes text (as when no tool is offered, or it ignores it). */
    public FakeAnthropicServer textAnswer(String text) {
        enqueue(ScriptedReply.of(200, request -> message(request,
                FakeJson.object().put("type", "text").put("text", text), "end_turn", 20, 9, 0, 0)));
        return this;
    }

    /** A tool answer that stopped for {@code stopReason}, e.g. {@code max_tokens}: what arrived of the input. */
    public FakeAnthropicServer toolAnswerStopped(String inputJson, String stopReason) {
        enqueue(toolReply(inputJson, 20, 300, 0, 0, stopReason));
        return this;
    }

    private ScriptedReply toolReply(String inputJson, long input, long output, long cacheRead, long cacheWrite) {
        return toolReply(inputJson, input, output, cacheRead, cacheWrite, "tool_use");
    }

    private ScriptedReply toolReply(String inputJson, long input, long output, long cacheRead, long cacheWrite, String stopReason) {
        return ScriptedReply.of(200, request -> toolMessage(request, inputJson, input, output, cacheRead, cacheWrite, stopReason));
    }

    private String toolMessage(RecordedRequest request, String inputJson, long input, long output, long cacheRead, long cacheWrite,
                               String stopReason) {
        String tool = FakeJson.parse(request.body()).path("tool_choice").path("name").asText("answer");
        ObjectNode block = FakeJson.object().put("type", "tool_use").put("id", "toolu_fake_" + ids.incrementAndGet())
                .put("name", tool);
        block.set("input", FakeJson.parse(inputJson));
        return message(request, block, stopReason, input, output, cacheRead, cacheWrite);
    }

    /** An error in Anthropic's shape: {@code {"type": "error", "error": {"type", "message"}}}. */
    public FakeAnthropicServer error(int status, String type, String message) {
        ObjectNode body = FakeJson.object().put("type", "error");
        body.putObject("error").put("type", type).put("message", message);
        enqueue(ScriptedReply.of(status, FakeJson.write(body)));
        return this;
    }

    private String message(RecordedRequest request, JsonNode block, String stopReason,
                           long input, long output, long cacheRead, long cacheWrite) {
        ObjectNode body = FakeJson.object().put("id", "msg_fake_" + ids.incrementAndGet()).put("type", "message")
                .put("role", "assistant").put("model", FakeJson.requestedModel(request));
        ArrayNode content = body.putArray("content");
        content.add(block);
        body.put("stop_reason", stopReason).putNull("stop_sequence");
        body.putObject("usage").put("input_tokens", input).put("output_tokens", output)
                .put("cache_creation_input_tokens", cacheWrite).put("cache_read_input_tokens", cacheRead);
        return FakeJson.write(body);
    }

    /** The images of the last request, read as Anthropic reads content blocks. */
    public java.util.List<WireImages.Received> lastImages() {
        return WireImages.anthropic(lastRequest().json());
    }

    @Override
    protected ScriptedReply refusal(RecordedRequest request) {
        return refuseMalformed(request, "/messages", WireImages::anthropic, message -> {
            ObjectNode body = FakeJson.object().put("type", "error");
            body.putObject("error").put("type", "invalid_request_error").put("message", message);
            return FakeJson.write(body);
        });
    }
}
