package dev.lingo.benchmarks.clients;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.PromptRenderer;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.types.LingoType;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The floor a client can reach against a server: a bare JDK {@link HttpClient} with exactly
 * {@code inFlight} requests open at all times (that many threads, each sending its next request as
 * soon as its last reply is read), no parsing, no validation, no retries. Bodies are built before
 * the clock starts, from the same prompt and schema Lingo sends.
 */
public final class HttpFloor {

  /** @param ok replies with status 200; @param failed anything else (including I/O errors) */
  public record Result(long wallNanos, int ok, int failed) {}

  private HttpFloor() {}

  public static Result run(URI apiBase, LingoType type, List<String> texts, int inFlight) throws InterruptedException {
    List<HttpRequest> requests = new ArrayList<>(texts.size());
    URI uri = URI.create(apiBase + "/chat/completions");
    StructuredSchema schema = StructuredSchema.forAnswer(type, SchemaProfile.OPENAI_STRICT);
    for (String text : texts) {
      requests.add(HttpRequest.newBuilder(uri).header("content-type", "application/json")
          .header("authorization", "Bearer sk-benchmark-not-a-key")
          .POST(HttpRequest.BodyPublishers.ofString(body(type, schema, text))).build());
    }
    AtomicInteger next = new AtomicInteger();
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()) {
      List<Thread> workers = new ArrayList<>();
      long start = System.nanoTime();
      for (int w = 0; w < inFlight; w++) {
        workers.add(Thread.ofPlatform().daemon().start(() -> {
          for (int i = next.getAndIncrement(); i < requests.size(); i = next.getAndIncrement()) {
            try {
              HttpResponse<String> reply = client.send(requests.get(i), HttpResponse.BodyHandlers.ofString());
              (reply.statusCode() == 200 ? ok : failed).incrementAndGet();
            } catch (IOException | InterruptedException e) {
              failed.incrementAndGet();
            }
          }
        }));
      }
      for (Thread t : workers) {
        t.join();
      }
      return new Result(System.nanoTime() - start, ok.get(), failed.get());
    }
  }

  private static String body(LingoType type, StructuredSchema schema, String text) {
    ObjectNode body = Json.object().put("model", "gpt-4o-mini");
    var messages = body.putArray("messages");
    for (Message m : PromptRenderer.render(Opcode.extract(type, text))) {
      messages.addObject().put("role", m.role().wireName()).put("content", m.content());
    }
    body.putObject("response_format").put("type", "json_schema").putObject("json_schema")
        .put("name", schema.name()).put("strict", true).set("schema", schema.schema());
    return Json.write(body);
  }
}
