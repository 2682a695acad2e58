package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A fake OpenAI-compatible Chat Completions server ({@code POST /v1/chat/completions}). */
public final class FakeOpenAiServer extends FakeModelServer {

    private final AtomicInteger ids = new AtomicInteger();

    public FakeOpenAiServer() {
        super("/v1/chat/completions");
    }

    /** What to configure as the base URL ({@code OPENAI_BASE_URL}): the server with {@code /v1}. */
    public URI apiBase() {
        return URI.create(baseUrl() + "/v1");
    }

    /**
     * Answers {@code POST /v1/embeddings} ({@code {"model", "input": [...]}}) with
     * {@code data[i].embedding} of {@code dims} numbers ({@link FakeEmbeddings#vectorOf}), in reverse
     * order with their {@code index} (as a server may), and one prompt token per text; the first
     * {@code rateLimited} requests get a 429 first.
     */
    public FakeOpenAiServer embeddings(int dims, int rateLimited) {
        AtomicInteger refusals = new AtomicInteger(rateLimited);
        route("POST", "/v1/embeddings", request -> {
            if (refusals.getAndDecrement() > 0) {
                return ScriptedReply.of(429, "{\"error\": {\"message\": \"slow down\"}}").withHeader("retry-after", "0");
            }
            var texts = FakeEmbeddings.inputs(request);
            ObjectNode body = FakeJson.object().put("object", "list").put("model", FakeJson.requestedModel(request));
            var data = body.putArray("data");
            for (int i = texts.size() - 1; i >= 0; i--) {
                ObjectNode item = data.addObject().put("object", "embedding").put("index", i);
                FakeEmbeddings.put(item.putArray("embedding"), FakeEmbeddings.vectorOf(texts.get(i), dims));
            }
            body.putObject("usage").put("prompt_tokens", texts.size()).put("total_tokens", texts.size());
            return ScriptedReply.of(200, FakeJson.write(body));
        });
        return this;
    }

    public FakeOpenAiServer answer(String content) {
        return answer(content, 12, 7, 0);
    }

    public FakeOpenAiServer answer(String content, long promptTokens, long completionTokens, long cachedTokens) {
        enqueue(ScriptedReply.of(200, request -> completion(request, content, null, "stop",
                promptTokens, completionTokens, cachedTokens)));
        return this;
    }

    /** Every request that finds nothing queued gets {@code content} after {@code delay}. */
    public FakeOpenAiServer answerAlways(String content, Duration delay) {
        otherwise(ScriptedReply.of(200, request -> completion(request, content, null, "stop", 12, 7, 0)).after(delay));
        return this;
    }

    /**
     * Every request that finds nothing queued is answered with {@code content(request)}, and reports
     * usage proportional to the prompt's length, as a real tokenizer would (see {@link FakeUsage}):
     * so a test can compare what different prompts cost.
     */
    public FakeOpenAiServer answerEach(Function<RecordedRequest, String> content) {
        otherwise(ScriptedReply.of(200, request -> measuredCompletion(request, content.apply(request))));
        return this;
    }

    /**
     * Like {@link #answerEach}, with how sure the model is of each answer: a request that asks for
     * {@code logprobs} gets them in the real wire format ({@link FakeLogprobs}), any other the plain answer.
     */
    public FakeOpenAiServer answerEachScored(Function<RecordedRequest, FakeLogprobs.Scored> answer) {
        otherwise(ScriptedReply.of(200, request -> {
            FakeLogprobs.Scored scored = answer.apply(request);
            ObjectNode body = completionBody(request, scored.content(), null, "stop", FakeUsage.promptTokens(request.json()),
                            FakeUsage.tokens(scored.content()), 0);
            var asked = request.json();
            if (asked.path("logprobs").asBoolean(false)) {
                FakeLogprobs.put((ObjectNode) body.path("choices").get(0), scored, asked.path("top_logprobs").asInt(0));
            }
            return FakeJson.write(body);
        }));
        return this;
    }

    /** Like {@link #answerEach}, each answer after {@code delay} (requests in flight overlap). */
    public FakeOpenAiServer answerEach(Function<RecordedRequest, String> content, Duration delay) {
        otherwise(ScriptedReply.of(200, request -> measuredCompletion(request, content.apply(request))).after(delay));
        return this;
    }

    /** The Chat Completions response for {@code request} answering {@code content}, with measured usage. */
    String measuredCompletion(RecordedRequest request, String content) {
        return completion(request, content, null, "stop", FakeUsage.promptTokens(request.json()), FakeUsage.tokens(content), 0);
    }

    /** Serve OpenAI's Batch API ({@code /v1/files}, {@code /v1/batches}) too; lines are answered with {@code content}. */
    public FakeBatchApi batchApi(Function<RecordedRequest, String> content) {
        return new FakeBatchApi(this, content);
    }

    /** An answer that ended for {@code finishReason}: {@code length} (cut off at max tokens) or {@code content_filter}. */
    public FakeOpenAiServer answerEnding(String content, String finishReason) {
        enqueue(ScriptedReply.of(200, request -> completion(request, content, null, finishReason, 12, 300, 0)));
        return this;
    }

    /** A structured-output refusal: {@code content} null, {@code refusal} set. */
    public FakeOpenAiServer refusal(String reason) {
        enqueue(ScriptedReply.of(200, request -> completion(request, null, reason, "stop", 12, 3, 0)));
        return this;
    }

    /** An error in OpenAI's shape: {@code {"error": {"message", "type", "code"}}}. */
    public FakeOpenAiServer error(int status, String message) {
        ObjectNode body = FakeJson.object();
        body.putObject("error").put("message", message).put("type", "invalid_request_error").putNull("code");
        enqueue(ScriptedReply.of(status, FakeJson.write(body)));
        return this;
    }

    /** Every request whose body contains {@code text} gets this error in OpenAI's shape, however often it is asked. */
    public FakeOpenAiServer errorWhenAsked(String text, int status, String message) {
        ObjectNode body = FakeJson.object();
        body.putObject("error").put("message", message).put("type", "server_error").putNull("code");
        when(request -> request.body().contains(text), ScriptedReply.of(status, FakeJson.write(body)));
        return this;
    }

    public FakeOpenAiServer rateLimited(String retryAfter) {
        enqueue(rateLimitError().withHeader("retry-after", retryAfter));
        return this;
    }

    /** A 429 without {@code Retry-After}: only the {@code x-ratelimit-*} headers say when the used-up request limit resets. */
    public FakeOpenAiServer rateLimitedUntilReset(String resetRequests) {
        enqueue(requestsUsedUp(rateLimitError(), resetRequests));
        return this;
    }

    /** An answer whose headers say it was the last request allowed until {@code resetRequests} (a Go duration, e.g. {@code 400ms}). */
    public FakeOpenAiServer answerUsingUpRequests(String content, String resetRequests) {
        enqueue(requestsUsedUp(ScriptedReply.of(200, request -> completion(request, content, null, "stop", 12, 7, 0)), resetRequests));
        return this;
    }

    private static ScriptedReply rateLimitError() {
        ObjectNode body = FakeJson.object();
        body.putObject("error").put("message", "Rate limit reached for requests").put("type", "requests");
        return ScriptedReply.of(429, FakeJson.write(body));
    }

    /** OpenAI's rate-limit headers for a spent request limit; the token limit has room left. */
    private static ScriptedReply requestsUsedUp(ScriptedReply reply, String resetRequests) {
        return reply.withHeader("x-ratelimit-limit-requests", "60").withHeader("x-ratelimit-remaining-requests", "0")
                .withHeader("x-ratelimit-reset-requests", resetRequests).withHeader("x-ratelimit-limit-tokens", "150000")
                .withHeader("x-ratelimit-remaining-tokens", "149000").withHeader("x-ratelimit-reset-tokens", "6m0s");
    }

    /** The Chat Completions response body for {@code request}: {@code content} that ended for {@code finishReason}. */
    public String completionBody(RecordedRequest request, String content, String finishReason) {
        return completion(request, content, null, finishReason, FakeUsage.promptTokens(request.json()), FakeUsage.tokens(content), 0);
    }

    private String completion(RecordedRequest request, String content, String refusal, String finish,
                              long prompt, long completion, long cached) {
        return FakeJson.write(completionBody(request, content, refusal, finish, prompt, completion, cached));
    }

    private ObjectNode completionBody(RecordedRequest request, String content, String refusal, String finish,
                                      long prompt, long completion, long cached) {
        ObjectNode body = FakeJson.object();
        body.put("id", "chatcmpl-fake-" + ids.incrementAndGet()).put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", FakeJson.requestedModel(request));
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode message = choice.putObject("message").put("role", "assistant");
        message.put("content", content);
        message.put("refusal", refusal);
        choice.put("finish_reason", finish);
        ObjectNode usage = body.putObject("usage").put("prompt_tokens", prompt)
                .put("completion_tokens", completion).put("total_tokens", prompt + completion);
        usage.putObject("prompt_tokens_details").put("cached_tokens", cached);
        return body;
    }

    /** The images of the last chat request, read as OpenAI reads content parts. */
    public java.util.List<WireImages.Received> lastImages() {
        return WireImages.openAi(lastRequest().json());
    }

    @Override
    protected ScriptedReply refusal(RecordedRequest request) {
        return refuseMalformed(request, "/chat/completions", WireImages::openAi, message -> {
            ObjectNode body = FakeJson.object();
            body.putObject("error").put("message", message).put("type", "invalid_request_error").putNull("code");
            return FakeJson.write(body);
        });
    }
}
