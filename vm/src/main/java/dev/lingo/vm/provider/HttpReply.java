package dev.lingo.vm.provider;

import java.time.Duration;

/**
 * A successful (2xx) HTTP exchange.
 *
 * @param status     the HTTP status
 * @param body       the body as received
 * @param latency    from sending the request to the end of the body
 * @param excerpt    a short, key-scrubbed start of the body, safe for error messages
 * @param limitedFor how long until a rate limit the headers report as used up resets (see
 *                   {@link RateLimitHeaders}); null when none is
 */
public record HttpReply(int status, String body, Duration latency, String excerpt, Duration limitedFor) {

    public HttpReply(int status, String body, Duration latency, String excerpt) {
        this(status, body, latency, excerpt, null);
    }

    @Override
    public String toString() {
        return "HttpReply[status=" + status + ", latency=" + latency + ", body=" + excerpt + "]";
    }

    /** The body as JSON; a body that is not JSON is a {@link MalformedResponseException}. */
    public com.fasterxml.jackson.databind.JsonNode json(String provider) {
        try {
            return dev.lingo.vm.json.Json.parse(body);
        } catch (Exception e) {
            throw new MalformedResponseException(provider, status, "not JSON: " + excerpt);
        }
    }
}
