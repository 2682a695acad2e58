package dev.lingo.vm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Short classify items submitted together go out in packs; what a pack gets wrong is asked alone. */
class PromptPackerTest {

    static final List<String> LABELS = List.of("bug", "billing", "praise");
    /** Long enough that every item of a test arrives within it; a full pack does not wait for it. */
    static final PackingSettings PACK_16 = PackingSettings.DEFAULTS.withMaxItems(16).withWindow(Duration.ofMillis(1500));

    static String text(int i) {
        return switch (i * 7 % 3) {
            case 0 -> "The app crashes with a bug when I open settings (#" + i + ")";
            case 1 -> "My billing statement shows a double charge (#" + i + ")";
            default -> "All praise to the support team, thank you (#" + i + ")";
        };
    }

    static List<Opcode> classifyItems(int count) {
        return IntStream.range(0, count).mapToObj(i -> Opcode.classify(text(i), LABELS)).toList();
    }

    @Test
    void fortyShortItemsGoOutInCeilFortyOverKRequestsWithEveryAnswerInItsPlace() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16)) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(LABELS)));
            List<TypedAnswer> answers = rig.askAll(classifyItems(40));
            assertEquals(3, rig.chatRequests().size(), "ceil(40 / 16) packed requests");
            for (int i = 0; i < 40; i++) {
                assertEquals(RuleModel.labelIn(LABELS).apply(text(i)).asText(), answers.get(i).value().asText(), "item " + i);
            }
            List<Integer> packSizes = rig.chatRequests().stream().map(r -> RuleModel.items(r).size()).sorted().toList();
            assertEquals(List.of(8, 16, 16), packSizes);
            assertEquals(new PackingStats(3, 40, 0), rig.packer.stats());
            assertEquals(3, rig.ledger.calls(), "the ledger counts provider calls, not items");
        }
    }

    @Test
    void itemsAPackedAnswerMissesMislabelsOrRepeatsAreAskedAloneAndNothingElse() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16)) {
            var rule = RuleModel.labelIn(LABELS);
            // the packed answer: no id 2, a label that is not one for id 3, id 4 twice; singles are answered right
            List<String> spoiled = new java.util.concurrent.CopyOnWriteArrayList<>();
            server.enqueue(ScriptedReply.of(200, request -> {
                Map<Integer, String> items = RuleModel.items(request);
                Map<Integer, JsonNode> answers = new LinkedHashMap<>();
                items.forEach((id, text) -> answers.put(id, rule.apply(text)));
                answers.remove(2);
                answers.put(3, Json.MAPPER.getNodeFactory().textNode("spam"));
                spoiled.addAll(List.of(items.get(2), items.get(3), items.get(4)));
                String packed = RuleModel.packed(answers);
                return completion(packed.replace("{\"id\":4,", "{\"id\":4,\"value\":\"bug\"},{\"id\":4,"));
            }));
            server.answerEach(RuleModel.answering(rule));
            List<TypedAnswer> answers = rig.askAll(classifyItems(6));
            List<RecordedRequest> requests = rig.chatRequests();
            assertEquals(4, requests.size(), "one pack, then its items 2, 3 and 4 alone");
            List<String> askedAlone = new ArrayList<>(requests.subList(1, 4).stream().map(RuleModel::userText).toList());
            askedAlone.sort(null);
            assertEquals(spoiled.stream().sorted().toList(), askedAlone);
            for (int i = 0; i < 6; i++) {
                assertEquals(rule.apply(text(i)).asText(), answers.get(i).value().asText(), "item " + i);
            }
            assertEquals(new PackingStats(1, 3, 3), rig.packer.stats());
        }
    }

    @Test
    void itemsWhosePromptsLeaveTheSchemaOutArePackedWithoutItToo() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16)) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(LABELS)));
            rig.schemaInPrompt = false;
            List<TypedAnswer> answers = rig.askAll(classifyItems(5));
            assertEquals(1, rig.chatRequests().size(), "one pack");
            JsonNode body = rig.chatRequests().getFirst().json();
            String system = body.path("messages").get(0).path("content").asText();
            assertTrue(system.contains("The request's JSON Schema gives the form of the answer."), system);
            assertFalse(system.contains("\"enum\""), system);
            assertTrue(body.path("response_format").toString().contains("\"enum\""), "the schema goes with the request");
            for (int i = 0; i < 5; i++) {
                assertEquals(RuleModel.labelIn(LABELS).apply(text(i)).asText(), answers.get(i).value().asText(), "item " + i);
            }
        }
    }

    @Test
    void aLoneItemIsAskedExactlyAsAnUnpackedOne() {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             PackingRig rig = new PackingRig(server, PACK_16.withWindow(Duration.ofMillis(5)))) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(LABELS)));
            assertEquals("billing", rig.ask(Opcode.classify(text(1), LABELS)).value().asText());
            assertNull(RuleModel.items(server.lastRequest()), "not packed");
            assertEquals(text(1), RuleModel.userText(server.lastRequest()));
            assertEquals(new PackingStats(0, 0, 1), rig.packer.stats());
        }
    }

    @Test
    void aRejectedPackIsAskedItemByItemButAServerFailureFailsEveryItem() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16.withMaxItems(3))) {
            server.error(400, "context too long");
            server.answerEach(RuleModel.answering(RuleModel.labelIn(LABELS)));
            List<TypedAnswer> answers = rig.askAll(classifyItems(3));
            assertEquals(4, rig.chatRequests().size(), "the rejected pack, then each item alone");
            assertEquals(RuleModel.labelIn(LABELS).apply(text(2)).asText(), answers.get(2).value().asText());
        }
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16.withMaxItems(3))) {
            server.otherwise(ScriptedReply.of(503, "{\"error\":{\"message\":\"overloaded\"}}"));
            CompletionException e = assertThrows(CompletionException.class, () -> rig.askAll(classifyItems(3)));
            assertInstanceOf(ProviderException.class, e.getCause());
            assertEquals(2, rig.chatRequests().size(), "the pack's two attempts; asking alone would not help a failing server");
        }
    }

    @Test
    void aPackCutOffAtTheTokenLimitIsAskedItemByItem() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16.withMaxItems(3))) {
            var rule = RuleModel.labelIn(LABELS);
            server.enqueue(ScriptedReply.of(200, request -> {
                Map<Integer, JsonNode> answers = new LinkedHashMap<>();
                RuleModel.items(request).forEach((id, text) -> answers.put(id, rule.apply(text)));
                String whole = RuleModel.packed(answers);
                // every answer that arrived is whole, yet the model stopped at the limit: none is trusted
                return completion(whole, "length");
            }));
            server.answerEach(RuleModel.answering(rule));
            List<TypedAnswer> answers = rig.askAll(classifyItems(3));
            assertEquals(4, rig.chatRequests().size(), "the cut-off pack, then each item alone");
            for (int i = 0; i < 3; i++) {
                assertEquals(rule.apply(text(i)).asText(), answers.get(i).value().asText(), "item " + i);
            }
        }
    }

    @Test
    void samplingGenLongTextsFreeTextAndFreeProvidersAreNeverPacked() {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PACK_16)) {
            var classify = dev.lingo.vm.provider.ModelRequest.forOpcode("m", Opcode.classify("short", LABELS), null, null, null);
            assertTrue(rig.packer.accepts("openai", classify));
            assertTrue(rig.packer.accepts("anthropic", classify) && rig.packer.accepts("ollama", classify));
            assertTrue(!rig.packer.accepts("offline", classify) && !rig.packer.accepts("local", classify));
            assertTrue(!rig.packer.accepts("openai", classify.withTemperature(0.7)), "sampled");
            assertTrue(rig.packer.accepts("openai", classify.withTemperature(0.7).withSeed(1L)), "seeded: repeatable");
            assertTrue(rig.packer.accepts("openai", classify.withTemperature(0.0)));
            var gen = dev.lingo.vm.provider.ModelRequest.forOpcode("m", Opcode.gen("Say hi", dev.lingo.vm.types.LingoType.INT), null, null, null);
            assertTrue(!rig.packer.accepts("openai", gen));
            var longText = dev.lingo.vm.provider.ModelRequest.forOpcode("m", Opcode.classify("x".repeat(401), LABELS), null, null, null);
            assertTrue(!rig.packer.accepts("openai", longText));
            var freeText = dev.lingo.vm.provider.ModelRequest.forOpcode("m",
                    Opcode.extract(dev.lingo.vm.types.LingoType.STRING, "short"), null, null, null);
            assertTrue(!rig.packer.accepts("openai", freeText));
            rig.packer.settings(PackingSettings.OFF);
            assertTrue(!rig.packer.accepts("openai", classify));
        }
    }

    static String completion(String content) {
        return completion(content, "stop");
    }

    static String completion(String content, String finishReason) {
        var body = Json.object().put("id", "chatcmpl-x").put("object", "chat.completion").put("model", PackingRig.MODEL);
        var choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", finishReason);
        choice.putObject("message").put("role", "assistant").put("content", content);
        body.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 30).put("total_tokens", 130);
        return Json.write(body);
    }
}
