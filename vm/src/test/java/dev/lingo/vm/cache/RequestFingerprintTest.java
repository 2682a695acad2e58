package dev.lingo.vm.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Everything that can change an answer changes the key; nothing else does. */
class RequestFingerprintTest {

    private static final ModelRequest BASE = new ModelRequest("gpt-4o-mini",
            List.of(Message.system("Classify."), Message.user("The kettle is loud.")), null, 0.0, 200, 7L);

    private static String hash(String endpoint, ModelRequest r, String schema) {
        return RequestFingerprint.of(endpoint, "openai", r, schema).hash();
    }

    @Test
    void equalRequestsHaveEqualKeysAndEachIngredientChangesIt() {
        String base = hash("openai https://a/v1", BASE, "s1");
        assertEquals(base, hash("openai https://a/v1", new ModelRequest("gpt-4o-mini",
                List.of(Message.system("Classify."), Message.user("The kettle is loud.")), null, 0.0, 200, 7L), "s1"));
        assertTrue(base.matches("[0-9a-f]{64}"));
        Set<String> variants = List.of(
                hash("openai https://b/v1", BASE, "s1"),
                hash("openai https://a/v1", BASE, "s2"),
                hash("openai https://a/v1", BASE, null),
                hash("openai https://a/v1", new ModelRequest("gpt-4o", BASE.messages(), null, 0.0, 200, 7L), "s1"),
                hash("openai https://a/v1", BASE.withTemperature(0.2), "s1"),
                hash("openai https://a/v1", BASE.withTemperature(null), "s1"),
                hash("openai https://a/v1", BASE.withMaxTokens(300), "s1"),
                hash("openai https://a/v1", BASE.withSeed(8L), "s1"),
                hash("openai https://a/v1", BASE.withMessages(List.of(Message.system("Classify."), Message.user("The kettle is quiet."))), "s1"),
                hash("openai https://a/v1", BASE.withMessages(List.of(Message.user("Classify."), Message.user("The kettle is loud."))), "s1"))
                .stream().collect(Collectors.toSet());
        assertEquals(10, variants.size());
        assertFalse(variants.contains(base));
    }

    @Test
    void theSchedulersRequestKeyHashesTheSameSoItCanReplaceThisDerivation() {
        for (ModelRequest r : List.of(BASE, BASE.withTemperature(null).withSeed(null).withMaxTokens(null))) {
            var requestKey = dev.lingo.vm.schedule.RequestKey.of("openai https://a/v1", "openai", r, "s1");
            CacheKey mine = RequestFingerprint.of("openai https://a/v1", "openai", r, "s1");
            assertEquals(mine.hash(), requestKey.hash());
            assertEquals(mine, RequestFingerprint.fromHash(requestKey.hash(), requestKey.provider(), r));
        }
    }

    @Test
    void onlyATemperatureAboveZeroWithoutASeedIsSampled() {
        assertFalse(RequestFingerprint.isSampled(BASE));
        assertFalse(RequestFingerprint.isSampled(BASE.withTemperature(null).withSeed(null)));
        assertFalse(RequestFingerprint.isSampled(BASE.withTemperature(0.9)));
        assertTrue(RequestFingerprint.isSampled(BASE.withTemperature(0.9).withSeed(null)));
        assertTrue(RequestFingerprint.of("e", "openai", BASE.withTemperature(0.9).withSeed(null), null).sampled());
    }

    @Test
    void thePromptExcerptIsTheLastUserMessageOnOneShortLine() {
        ModelRequest r = BASE.withMessages(List.of(Message.system("sys"), Message.user("first"),
                Message.user("  second\n\nline  " + "x".repeat(300))));
        CacheKey key = RequestFingerprint.of("e", "openai", r, null);
        assertTrue(key.prompt().startsWith("second line xxx"), key.prompt());
        assertTrue(key.prompt().length() <= 121 && key.prompt().endsWith("…"), key.prompt());
        assertEquals("gpt-4o-mini", key.model());
        assertNotEquals(key.hash(), RequestFingerprint.fromHash("other", "openai", r).hash());
    }
}
