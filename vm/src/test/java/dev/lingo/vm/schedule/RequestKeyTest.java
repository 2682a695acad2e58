package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.types.LingoType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one key of de-duplication and the answer cache: its canonical form is a stable contract. */
class RequestKeyTest {

    private static final String ENDPOINT = "openai https://api.openai.com/v1";

    private static ModelRequest request(Double temperature, Long seed) {
        return new ModelRequest("gpt-4o-mini", List.of(Message.system("Be brief."), Message.user("Hi \"you\"")),
                LingoType.INT, temperature, 64, seed);
    }

    @Test
    void theCanonicalFormIsFixedAndTheHashIsItsSha256() throws Exception {
        RequestKey key = RequestKey.of(ENDPOINT, "openai", request(0.5, 7L), "abc123");
        String expected = "{\"endpoint\":\"openai https://api.openai.com/v1\",\"maxTokens\":64,"
                + "\"messages\":[[\"SYSTEM\",\"Be brief.\"],[\"USER\",\"Hi \\\"you\\\"\"]],\"model\":\"gpt-4o-mini\","
                + "\"schema\":\"abc123\",\"seed\":7,\"temperature\":0.5,\"v\":1}";
        assertEquals(expected, key.canonicalJson());
        byte[] sha = MessageDigest.getInstance("SHA-256").digest(expected.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(sha), key.hash());
    }

    @Test
    void theStreamedHashEqualsTheHashOfTheTreeForm() {
        // the key is written without building a JSON tree; it must be the text CanonicalJson gives for one
        for (String text : List.of("plain", "quote \" backslash \\ tab \t newline \n bell \u0007", "é ü 日本 😀",
                "lone \ud800 surrogate", "")) {
            for (Double temperature : java.util.Arrays.asList(null, 0.0, 0.7, 1e-9)) {
                ModelRequest r = new ModelRequest("m", List.of(Message.system(text), Message.user(text + "!")),
                        LingoType.INT, temperature, temperature == null ? null : 5, temperature == null ? null : -3L);
                RequestKey key = RequestKey.of(ENDPOINT, "openai", r, temperature == null ? null : "h");
                var tree = dev.lingo.vm.json.Json.object().put("v", RequestKey.VERSION).put("endpoint", ENDPOINT).put("model", "m");
                var messages = tree.putArray("messages");
                r.messages().forEach(m -> messages.addArray().add(m.role().name()).add(m.content()));
                tree.put("schema", key.schemaHash()).put("temperature", r.temperature()).put("maxTokens", r.maxTokens()).put("seed", r.seed());
                assertEquals(dev.lingo.vm.json.CanonicalJson.write(tree), key.canonicalJson(), text);
                assertEquals(dev.lingo.vm.json.CanonicalJson.sha256(tree), key.hash(), text);
            }
        }
    }

    @Test
    void everyPartChangesTheHash() {
        RequestKey base = RequestKey.of(ENDPOINT, "openai", request(0.0, 1L), "s");
        assertEquals(base.hash(), RequestKey.of(ENDPOINT, "openai", request(0.0, 1L), "s").hash());
        assertEquals(base, RequestKey.of(ENDPOINT, "openai", request(0.0, 1L), "s"));
        assertNotEquals(base.hash(), RequestKey.of("openai http://127.0.0.1:8080/v1", "openai", request(0.0, 1L), "s").hash());
        assertNotEquals(base.hash(), RequestKey.of(ENDPOINT, "openai", request(0.1, 1L), "s").hash());
        assertNotEquals(base.hash(), RequestKey.of(ENDPOINT, "openai", request(0.0, 2L), "s").hash());
        assertNotEquals(base.hash(), RequestKey.of(ENDPOINT, "openai", request(0.0, 1L), "t").hash());
        assertNotEquals(base.hash(), RequestKey.of(ENDPOINT, "openai", request(0.0, 1L).withMaxTokens(65), "s").hash());
        assertNotEquals(base.hash(), RequestKey.of(ENDPOINT, "openai",
                request(0.0, 1L).withMessages(List.of(Message.user("Hi \"you\""))), "s").hash());
    }

    @Test
    void onlyUnpinnedSamplingCountsAsSampled() {
        assertTrue(RequestKey.of(ENDPOINT, "openai", request(0.7, null), null).sampled());
        assertFalse(RequestKey.of(ENDPOINT, "openai", request(0.7, 3L), null).sampled());
        assertFalse(RequestKey.of(ENDPOINT, "openai", request(0.0, null), null).sampled());
        assertFalse(RequestKey.of(ENDPOINT, "openai", request(null, null), null).sampled());
    }
}
