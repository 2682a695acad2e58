package dev.lingo.vm.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {

    private static final Instant NOW = Instant.parse("2026-11-23T19:29:00Z");

    /** Headers from name/value pairs. */
    private static Optional<Duration> limitedFor(String... pairs) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            headers.put(pairs[i], List.of(pairs[i + 1]));
        }
        return RateLimitHeaders.limitedFor(HttpHeaders.of(headers, (a, b) -> true), NOW);
    }

    private static Duration openAiRequests(String reset) {
        return limitedFor("x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", reset).orElseThrow();
    }

    @Test
    void openAiResetsAreGoDurations() {
        assertEquals(Duration.ofSeconds(1), openAiRequests("1s"));
        assertEquals(Duration.ofMinutes(6), openAiRequests("6m0s"));
        assertEquals(Duration.ofMillis(20), openAiRequests("20ms"));
        assertEquals(Duration.ofMillis(500), openAiRequests("0.5s"));
        assertEquals(Duration.ofHours(1).plusMinutes(2).plusMillis(3500), openAiRequests("1h2m3.5s"));
        assertEquals(Duration.ofNanos(1_500), openAiRequests("1us500ns"));
        assertEquals(Duration.ZERO, openAiRequests("0"));
    }

    @Test
    void anthropicResetsAreTimesRelativeToNow() {
        assertEquals(Duration.ofSeconds(60), limitedFor("anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "2026-11-23T19:30:00Z").orElseThrow());
        assertEquals(Duration.ofMillis(1500), limitedFor("anthropic-ratelimit-output-tokens-remaining", "0",
                "anthropic-ratelimit-output-tokens-reset", "2026-11-23T20:29:01.5+01:00").orElseThrow());
        assertEquals(Duration.ZERO, limitedFor("anthropic-ratelimit-input-tokens-remaining", "0",
                "anthropic-ratelimit-input-tokens-reset", "2026-11-23T19:00:00Z").orElseThrow(), "a reset in the past");
    }

    @Test
    void nothingExhaustedMeansNoWait() {
        assertTrue(limitedFor().isEmpty());
        assertTrue(limitedFor("x-ratelimit-remaining-requests", "3", "x-ratelimit-reset-requests", "20s",
                "anthropic-ratelimit-tokens-remaining", "1200", "anthropic-ratelimit-tokens-reset", "2026-11-23T19:30:00Z").isEmpty());
        assertTrue(limitedFor("x-ratelimit-reset-requests", "20s").isEmpty(), "no remaining count at all");
    }

    @Test
    void theLongestResetAmongExhaustedLimitsWins() {
        assertEquals(Duration.ofSeconds(7), limitedFor(
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "2s",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "7s").orElseThrow());
        assertEquals(Duration.ofSeconds(2), limitedFor(
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "2s",
                "x-ratelimit-remaining-tokens", "10", "x-ratelimit-reset-tokens", "7s").orElseThrow(), "tokens left: their reset does not count");
        assertEquals(Duration.ofSeconds(30), limitedFor(
                "anthropic-ratelimit-requests-remaining", "0", "anthropic-ratelimit-requests-reset", "2026-11-23T19:29:10Z",
                "anthropic-ratelimit-tokens-remaining", "0", "anthropic-ratelimit-tokens-reset", "2026-11-23T19:29:30Z").orElseThrow());
    }

    @Test
    void garbledHeadersGiveNoWaitAndNeverThrow() {
        for (String reset : List.of("soon", "", "5", "1.5.5s", "s", "-1s", "1d", "1s garbage")) {
            Optional<Duration> d = limitedFor("x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", reset);
            assertTrue(d.isEmpty(), "\"" + reset + "\" read as " + d);
        }
        assertTrue(openAiRequests("99999999999999999999h").toDays() > 100_000, "absurdly long, but no overflow");
        assertTrue(limitedFor("x-ratelimit-remaining-requests", "none", "x-ratelimit-reset-requests", "1s").isEmpty());
        assertTrue(limitedFor("anthropic-ratelimit-requests-remaining", "0",
                "anthropic-ratelimit-requests-reset", "tomorrow").isEmpty());
        assertEquals(Duration.ofSeconds(3), limitedFor(
                "x-ratelimit-remaining-requests", "0", "x-ratelimit-reset-requests", "later",
                "x-ratelimit-remaining-tokens", "0", "x-ratelimit-reset-tokens", "3s").orElseThrow(), "a readable limit still counts");
    }
}
