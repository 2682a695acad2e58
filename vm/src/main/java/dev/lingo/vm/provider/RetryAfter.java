package dev.lingo.vm.provider;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The server's "try again in" hint: {@code retry-after-ms} (OpenAI), else {@code Retry-After} as
 * seconds or as an HTTP date (RFC 9110). A date in the past means "now".
 */
public final class RetryAfter {

    private RetryAfter() {
    }

    public static Optional<Duration> parse(HttpHeaders headers, Instant now) {
        Optional<String> millis = headers.firstValue("retry-after-ms");
        if (millis.isPresent()) {
            try {
                return Optional.of(nonNegative(Duration.ofNanos((long) (Double.parseDouble(millis.get().strip()) * 1_000_000))));
            } catch (NumberFormatException ignored) {
                // fall back to Retry-After
            }
        }
        return headers.firstValue("retry-after").flatMap(value -> parse(value, now));
    }

    public static Optional<Duration> parse(String value, Instant now) {
        String v = value.strip();
        try {
            return Optional.of(nonNegative(Duration.ofMillis((long) (Double.parseDouble(v) * 1000))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(nonNegative(Duration.between(now, at)));
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
