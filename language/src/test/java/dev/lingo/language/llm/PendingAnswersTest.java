package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.ScriptedReply;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Opcodes start their request and yield a pending value: a plain map keeps many calls in flight,
 * results keep their order, and a failure surfaces where its value is read.
 */
class PendingAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Answers {"name": <the user message>} after a pause, counting how many requests overlap. */
    private static Function<RecordedRequest, String> echo(AtomicInteger inFlight, AtomicInteger maxInFlight, String badFor) {
        return request -> {
            int now = inFlight.incrementAndGet();
            maxInFlight.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
            }
            String text = request.json().at("/messages/1/content").asText();
            String item = text.substring(text.indexOf("item-"), text.indexOf("item-") + 7).trim();
            String content = item.equals(badFor) ? "{\"name\": 42}" : "{\"name\": \"" + item + "\"}";
            ObjectNode body = JSON.createObjectNode().put("id", "x").put("object", "chat.completion").put("model", "m");
            body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop")
                            .putObject("message").put("role", "assistant").put("content", content);
            body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 5);
            return body.toString();
        };
    }

    private static Context context(FakeOpenAiServer server) {
        // One scripted answer per item: packing would put several items in one request.
        // No answer cache: a port the OS hands out again would let a test read another test's answers.
        return Context.newBuilder("lingo").err(new ByteArrayOutputStream()).option("lingo.Cache", "off")
                .allowIO(IOAccess.newBuilder().allowHostSocketAccess(true).build()) // the fake model server
                        .environment("OPENAI_BASE_URL", server.apiBase().toString())
                        .environment("LINGO_PACKING", "off").build();
    }

    @Test
    void aPlainMapKeepsTheCallsInFlightTogetherAndInOrder() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        try (FakeOpenAiServer server = new FakeOpenAiServer(); Context context = context(server)) {
            for (int i = 0; i < 12; i++) {
                server.enqueue(ScriptedReply.of(200, echo(inFlight, max, null)));
            }
            Value names = context.eval("lingo", """
                            type Item = { name: String }
                            let items = (10..21).map(i -> extract Item from "item-{i}")
                            items.map(it -> it.name)
                            """);
            assertEquals(12, names.getArraySize());
            for (int i = 0; i < 12; i++) {
                assertEquals("item-" + (10 + i), names.getArrayElement(i).asString());
            }
            assertTrue(max.get() > 1, "requests never overlapped: " + max.get());
        }
    }

    @Test
    void aFailureSurfacesWhereItsValueIsRead() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        try (FakeOpenAiServer server = new FakeOpenAiServer(); Context context = context(server)) {
            for (int i = 0; i < 3; i++) {
                server.enqueue(ScriptedReply.of(200, echo(inFlight, max, "item-11")));
            }
            Value result = context.eval("lingo", """
                            type Item = { name: String }
                            let items = [10, 11, 12].map(i -> extract Item from "item-{i}" using {retries: 0})
                            var seen = []
                            for it in items {
                              seen += [try { it.name } catch e { e.kind }]
                            }
                            seen
                            """);
            assertEquals("[item-10, ModelAnswerError, item-12]", result.toString().replace("\"", ""));
        }
    }
}
