package dev.lingo.benchmarks.clients;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.service.AiServices;
import java.net.URI;
import java.time.Duration;

/**
 * LangChain4j 1.19.0 AI Services over an OpenAI-compatible server, set up the way its docs say for
 * structured output: {@code response_format} json_schema, strict, as Lingo sends it. Everything
 * else (HTTP client, retries: 2 with backoff, Retry-After not read) stays at LangChain4j's defaults.
 */
public final class LangChain4jClients {

  private LangChain4jClients() {}

  public static ReviewExtractor extractor(URI apiBase) {
    OpenAiChatModel model = OpenAiChatModel.builder()
        .baseUrl(apiBase.toString())
        .apiKey("sk-benchmark-not-a-key")
        .modelName("gpt-4o-mini")
        .supportedCapabilities(Capability.RESPONSE_FORMAT_JSON_SCHEMA)
        .strictJsonSchema(true)
        .timeout(Duration.ofSeconds(120))
        .build();
    return AiServices.create(ReviewExtractor.class, model);
  }
}
