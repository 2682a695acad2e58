package dev.lingo.vm.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    private static Optional<Duration> parse(Map<String, List<String>> headers) {
        return RetryAfter.parse(HttpHeaders.of(headers, (a, b) -> true), NOW);
    }

    @Test
    void secondsDatesAndMilliseconds() {
        assertEquals(Duration.ofSeconds(30), parse(Map.of("retry-after", List.of("30"))).orElseThrow());
        assertEquals(Duration.ofMillis(1500), parse(Map.of("retry-after", List.of("1.5"))).orElseThrow());
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(90).atZone(ZoneOffset.UTC));
        assertEquals(Duration.ofSeconds(90), parse(Map.of("retry-after", List.of(date))).orElseThrow());
        String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.minusSeconds(90).atZone(ZoneOffset.UTC));
        assertEquals(Duration.ZERO, parse(Map.of("retry-after", List.of(past))).orElseThrow());
        assertEquals(Duration.ofMillis(250),
                parse(Map.of("retry-after-ms", List.of("250"), "retry-after", List.of("1"))).orElseThrow());
    }

    @Test
    void garbageOrAbsenceGivesNoHint() {
        assertTrue(parse(Map.of("retry-after", List.of("soon"))).isEmpty());
        assertTrue(parse(Map.of()).isEmpty());
    }
}
