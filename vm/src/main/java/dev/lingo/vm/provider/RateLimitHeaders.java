package dev.lingo.vm.provider;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long until a rate limit the server reports as used up resets: the longest reset among the
 * limits whose {@code remaining} is 0, read from OpenAI's {@code x-ratelimit-*} headers (resets as
 * Go durations such as {@code 6m0s}) and Anthropic's {@code anthropic-ratelimit-*} headers (resets
 * as RFC 3339 times). Header text it cannot read counts as "nothing exhausted", never as an error.
 */
public final class RateLimitHeaders {

    /** One limit: where its remaining count and its reset are, and how to read the reset. */
    private record Dimension(String remaining, String reset, boolean goDuration) {
    }

    private static final List<Dimension> DIMENSIONS = List.of(
            openAi("requests"), openAi("tokens"),
            anthropic("requests"), anthropic("tokens"), anthropic("input-tokens"), anthropic("output-tokens"));

    private static final Pattern GO_DURATION_PART = Pattern.compile("(\\d+\\.?\\d*|\\.\\d+)(ns|us|µs|μs|ms|s|m|h)");

    private RateLimitHeaders() {
    }

    private static Dimension openAi(String limit) {
        return new Dimension("x-ratelimit-remaining-" + limit, "x-ratelimit-reset-" + limit, true);
    }

    private static Dimension anthropic(String limit) {
        String prefix = "anthropic-ratelimit-" + limit;
        return new Dimension(prefix + "-remaining", prefix + "-reset", false);
    }

    /** Empty when no limit is exhausted (or the headers say nothing readable); a reset in the past is zero. */
    public static Optional<Duration> limitedFor(HttpHeaders headers, Instant now) {
        Duration longest = null;
        for (Dimension d : DIMENSIONS) {
            if (!exhausted(headers.firstValue(d.remaining()))) {
                continue;
            }
            Function<String, Optional<Duration>> read = d.goDuration() ? RateLimitHeaders::goDuration : v -> untilTime(v, now);
            Optional<Duration> reset = headers.firstValue(d.reset()).flatMap(read);
            if (reset.isPresent() && (longest == null || reset.get().compareTo(longest) > 0)) {
                longest = reset.get();
            }
        }
        return Optional.ofNullable(longest);
    }

    private static boolean exhausted(Optional<String> remaining) {
        try {
            return remaining.isPresent() && Long.parseLong(remaining.get().strip()) <= 0;
        } catch (NumberFormatException garbled) {
            return false;
        }
    }

    /** A Go {@code time.Duration} string: {@code 20ms}, {@code 1h2m3.5s}, {@code 0}. */
    static Optional<Duration> goDuration(String value) {
        String v = value.strip();
        if (v.equals("0")) {
            return Optional.of(Duration.ZERO);
        }
        Matcher part = GO_DURATION_PART.matcher(v);
        double nanos = 0;
        int end = 0;
        while (part.lookingAt()) {
            nanos += Double.parseDouble(part.group(1)) * nanosPer(part.group(2));
            end = part.end();
            part.region(end, v.length());
        }
        if (end == 0 || end != v.length()) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofNanos((long) Math.min(nanos, Long.MAX_VALUE)));
    }

    private static double nanosPer(String unit) {
        return switch (unit) {
            case "h" -> 3600e9;
            case "m" -> 60e9;
            case "s" -> 1e9;
            case "ms" -> 1e6;
            case "ns" -> 1;
            default -> 1e3; // us, µs, μs
        };
    }

    private static Optional<Duration> untilTime(String value, Instant now) {
        try {
            Duration d = Duration.between(now, OffsetDateTime.parse(value.strip()).toInstant());
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException garbled) {
            return Optional.empty();
        }
    }
}
