package dev.lingo.benchmarks.opcode;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * vm's OpenAiProvider with the HTTP exchange cut out: it still builds and serialises the Chat
 * Completions request body (messages, strict json_schema) and parses a Chat Completions response
 * body (content, usage), but the response is a canned body chosen by the opcode's input text. So
 * {@code ModelCaller} over it does everything a real call does except the network. The two
 * body helpers of vm's provider are package-private, hence the few lines of the same shape here.
 */
final class InProcessOpenAiProvider implements Provider {

  private final Map<String, String> responseBodies;
  private final AtomicLong bytesSent = new AtomicLong();

  /** @param responseBodies a Chat Completions response body per opcode input text */
  InProcessOpenAiProvider(Map<String, String> responseBodies) {
    this.responseBodies = Map.copyOf(responseBodies);
  }

  @Override
  public String name() {
    return "openai";
  }

  @Override
  public SchemaProfile schemaProfile() {
    return SchemaProfile.OPENAI_STRICT;
  }

  @Override
  public ModelResponse complete(ModelRequest request) {
    bytesSent.addAndGet(Json.write(requestBody(request)).length()); // what would go on the wire
    String reply = responseBodies.get(request.opcode().input());
    if (reply == null) {
      throw new IllegalStateException("no canned reply for " + request.opcode().input());
    }
    try {
      JsonNode body = Json.parse(reply);
      JsonNode choice = body.path("choices").get(0);
      JsonNode usage = body.path("usage");
      return new ModelResponse(name(), body.path("model").asText(), choice.path("message").path("content").asText(),
          new Usage(usage.path("prompt_tokens").asLong(), usage.path("completion_tokens").asLong(),
              usage.path("prompt_tokens_details").path("cached_tokens").asLong(), 0),
          Duration.ZERO, choice.path("finish_reason").asText(), reply);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  long bytesSent() {
    return bytesSent.get();
  }

  private ObjectNode requestBody(ModelRequest request) {
    ObjectNode body = Json.object().put("model", request.model());
    var messages = body.putArray("messages");
    for (Message m : request.messages()) {
      messages.addObject().put("role", m.role().wireName()).put("content", m.content());
    }
    StructuredSchema schema = schemaFor(request.type());
    if (schema != null) {
      body.putObject("response_format").put("type", "json_schema").putObject("json_schema")
          .put("name", schema.name()).put("strict", true).set("schema", schema.schema());
    }
    return body;
  }
}
