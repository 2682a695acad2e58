package dev.lingo.vm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Turns an unsuccessful HTTP response into the typed exception for its status, with the server's message, key scrubbed. */
final class ProviderErrors {

    private static final int MAX_DETAIL = 300;

    private ProviderErrors() {
    }

    static ProviderException fromStatus(String provider, int status, HttpHeaders headers, String body, ApiKey key) {
        String detail = excerpt(serverMessage(body), key);
        Instant now = Instant.now();
        Optional<Duration> retryAfter = RetryAfter.parse(headers, now);
        if (status == 429) {
            // without a Retry-After, the rate-limit headers still say when the used-up limit resets
            return new RateLimitedException(provider, detail,
                    retryAfter.or(() -> RateLimitHeaders.limitedFor(headers, now)).orElse(null));
        }
        if (status == 408 || status >= 500) {
            return new ProviderUnavailableException(provider, status, detail, retryAfter.orElse(null));
        }
        return new ProviderRejectedException(provider, status, detail);
    }

    /** Redacted first, then shortened: a cut must never leave half a key behind. */
    static String excerpt(String text, ApiKey key) {
        String safe = key == null ? text : key.redact(text);
        String oneLine = safe.strip().replaceAll("\\s+", " ");
        return oneLine.length() > MAX_DETAIL ? oneLine.substring(0, MAX_DETAIL) + "…" : oneLine;
    }

    /** OpenAI {"error":{"message"}}, Anthropic {"error":{"message"}}, Ollama {"error":"..."}; else the body. */
    private static String serverMessage(String body) {
        if (body == null || body.isBlank()) {
            return "(empty body)";
        }
        try {
            JsonNode json = Json.parse(body);
            JsonNode error = json.path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.path("message").isTextual()) {
                return error.get("message").asText();
            }
            if (json.path("message").isTextual()) {
                return json.get("message").asText();
            }
        } catch (Exception notJson) {
            // a proxy's HTML page, a plain-text error: show it as it is
        }
        return body;
    }
}
