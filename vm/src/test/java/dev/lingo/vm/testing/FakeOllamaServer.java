package dev.lingo.vm.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A fake Ollama server answering the native chat API ({@code POST /api/chat}, non-streamed). */
public final class FakeOllamaServer extends FakeModelServer {

    public FakeOllamaServer() {
        super("/api/chat");
    }

    /** Answers {@code POST /api/embed} with {@code embeddings} of {@code dims} numbers ({@link FakeEmbeddings#vectorOf}). */
    public FakeOllamaServer embeddings(int dims) {
        route("POST", "/api/embed", request -> {
            var texts = FakeEmbeddings.inputs(request);
            ObjectNode body = FakeJson.object().put("model", FakeJson.requestedModel(request));
            var embeddings = body.putArray("embeddings");
            texts.forEach(t -> FakeEmbeddings.put(embeddings.addArray(), FakeEmbeddings.vectorOf(t, dims)));
            body.put("prompt_eval_count", texts.size());
            return ScriptedReply.of(200, FakeJson.write(body));
        });
        return this;
    }

    public FakeOllamaServer answer(String content) {
        return answer(content, 26, 11);
    }

    public FakeOllamaServer answer(String content, long promptEvalCount, long evalCount) {
        return answerEnding(content, promptEvalCount, evalCount, "stop");
    }

    /** An answer that ended for {@code doneReason}, e.g. {@code length} (cut off at {@code num_predict}). */
    public FakeOllamaServer answerEnding(String content, long promptEvalCount, long evalCount, String doneReason) {
        enqueue(ScriptedReply.of(200, request -> {
            ObjectNode body = FakeJson.object().put("model", FakeJson.requestedModel(request))
                    .put("created_at", "2025-01-01T00:00:00Z");
            body.putObject("message").put("role", "assistant").put("content", content);
            body.put("done", true).put("done_reason", doneReason).put("total_duration", 1_000_000L)
                    .put("prompt_eval_count", promptEvalCount).put("eval_count", evalCount);
            return FakeJson.write(body);
        }));
        return this;
    }

    /** An error in Ollama's shape: {@code {"error": "..."}}. */
    public FakeOllamaServer error(int status, String message) {
        enqueue(ScriptedReply.of(status, FakeJson.write(FakeJson.object().put("error", message))));
        return this;
    }

    /** The images of the last chat request, read as Ollama reads a message's {@code images}. */
    public java.util.List<WireImages.Received> lastImages() {
        return WireImages.ollama(lastRequest().json());
    }

    @Override
    protected ScriptedReply refusal(RecordedRequest request) {
        return refuseMalformed(request, "/api/chat", WireImages::ollama, message -> FakeJson.write(FakeJson.object().put("error", message)));
    }
}
