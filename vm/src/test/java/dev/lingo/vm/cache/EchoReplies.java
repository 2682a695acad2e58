package dev.lingo.vm.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.ScriptedReply;
import java.time.Duration;
import java.util.function.Function;

/**
 * Chat Completions replies computed from the request's last user message, so a fake server can
 * answer many different questions without knowing their order (as in the crash test, where the
 * second run asks only what the first did not finish).
 */
final class EchoReplies {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EchoReplies() {
    }

    /** Queues {@code n} replies, each {@code answer(last user message)}, after {@code delay}. */
    static void enqueue(FakeOpenAiServer server, int n, Function<String, String> answer, Duration delay) {
        for (int i = 0; i < n; i++) {
            server.enqueue(reply(answer, 100, 20).after(delay));
        }
    }

    static ScriptedReply reply(Function<String, String> answer, long promptTokens, long completionTokens) {
        return ScriptedReply.of(200, request -> body(request, answer.apply(lastUserMessage(request)), promptTokens,
                completionTokens));
    }

    static String lastUserMessage(RecordedRequest request) {
        String last = "";
        for (JsonNode m : request.json().path("messages")) {
            if (m.path("role").asText().equals("user")) {
                last = m.path("content").asText();
            }
        }
        return last;
    }

    private static String body(RecordedRequest request, String content, long prompt, long completion) {
        ObjectNode body = MAPPER.createObjectNode().put("id", "chatcmpl-echo").put("object", "chat.completion")
                .put("created", 1_700_000_000L).put("model", request.json().path("model").asText());
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", prompt).put("completion_tokens", completion)
                .put("total_tokens", prompt + completion);
        return body.toString();
    }
}
