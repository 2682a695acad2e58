package dev.lingo.vm.cache;

import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Usage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/** Keys, answers and settings the cache tests share. */
final class CacheFixtures {

    static final String ENDPOINT = "openai http://127.0.0.1:1/v1";

    private CacheFixtures() {
    }

    static ModelRequest question(String text) {
        return ModelRequest.of("gpt-4o-mini", null, Message.system("Answer briefly."), Message.user(text));
    }

    static CacheKey key(String text) {
        return RequestFingerprint.of(ENDPOINT, "openai", question(text), null);
    }

    static CacheKey sampledKey(String text) {
        return RequestFingerprint.of(ENDPOINT, "openai", question(text).withTemperature(0.9), null);
    }

    static CachedAnswer answer(String text, Instant created) {
        return new CachedAnswer("openai", "gpt-4o-mini", text, new Usage(1000, 200, 0, 0), created, "a question");
    }

    static CachedAnswer answer(String text) {
        return answer(text, Instant.now());
    }

    /** A small in-memory front and a short lock wait, so tests of eviction and locking run quickly. */
    static CacheSettings settings(Path dir) {
        return CacheSettings.in(dir).withLockTimeout(Duration.ofMillis(300));
    }
}
