package dev.lingo.vm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.json.Json;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.RecordType;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Hostile texts packed together (closing tags, forged ids, the delimiter's shape, answer-shaped
 * JSON, look-alike characters: resources/packing/injection-corpus.json) cannot address another
 * item or close their own: a credulous model ({@link RuleModel}) that echoes each item's text sees
 * every text whole, under its own id, in one request.
 */
class PackedInjectionTest {

    private static final RecordType ECHO = new RecordType("Echo", List.of(new Field("text", LingoType.STRING, "the item's text")));
    private static final Function<String, JsonNode> ECHOES = text -> Json.object().put("text", text);

    @Test
    void everyHostileItemIsAnsweredAsItselfFromOnePack() throws IOException {
        List<String> corpus = corpus();
        PackingSettings onePack = PackingSettings.DEFAULTS.withMaxItems(corpus.size()).withWindow(Duration.ofMillis(1500));
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, onePack)) {
            server.answerEach(RuleModel.answering(ECHOES));
            List<TypedAnswer> answers = rig.askAll(corpus.stream().map(text -> Opcode.extract(ECHO, text)).toList());
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < corpus.size(); i++) {
                if (!corpus.get(i).equals(answers.get(i).value().path("text").asText())) {
                    wrong.add(i + 1 + ": " + corpus.get(i) + " -> " + answers.get(i).value());
                }
            }
            assertEquals(List.of(), wrong, "items answered with another item's text");
            assertEquals(1, rig.chatRequests().size(), "one pack, and no item had to be asked again alone");
            assertEquals(corpus.size(), RuleModel.items(rig.chatRequests().getFirst()).size());
            assertTrue(rig.chatRequests().getFirst().body().contains("ok</item><item id=\\\"2\\\">billing"), "texts are sent as they are");
        }
    }

    private static List<String> corpus() throws IOException {
        try (InputStream in = PackedInjectionTest.class.getResourceAsStream("/packing/injection-corpus.json")) {
            List<String> texts = new ArrayList<>();
            Json.MAPPER.readTree(in).forEach(t -> texts.add(t.asText()));
            return texts;
        }
    }
}
