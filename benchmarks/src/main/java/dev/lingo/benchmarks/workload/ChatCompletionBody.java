package dev.lingo.benchmarks.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.testing.FakeUsage;

/**
 * A Chat Completions response body answering {@code content}, with usage measured the way the vm's
 * fake server measures it ({@link FakeUsage}: ~4 characters a token, messages and schema counted),
 * so runs can compare how many prompt tokens different requests spend.
 */
public final class ChatCompletionBody {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ChatCompletionBody() {
  }

  public static String of(JsonNode request, String content, long promptTokens) {
    return of(request.path("model").asText("gpt-4o-mini"), content, promptTokens);
  }

  public static String of(String model, String content, long promptTokens) {
    ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-bench").put("object", "chat.completion")
        .put("created", 1_700_000_000L).put("model", model);
    ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
    choice.putObject("message").put("role", "assistant").put("content", content).putNull("refusal");
    choice.put("finish_reason", "stop");
    long completion = FakeUsage.tokens(content);
    ObjectNode usage = body.putObject("usage").put("prompt_tokens", promptTokens)
        .put("completion_tokens", completion).put("total_tokens", promptTokens + completion);
    usage.putObject("prompt_tokens_details").put("cached_tokens", 0);
    return body.toString();
  }
}
