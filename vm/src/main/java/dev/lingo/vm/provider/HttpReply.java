package dev.lingo.vm.provider;

import java.time.Duration;

/**
 * A successful (2xx) HTTP exchange.
 *
 * @param status  the HTTP status
 * @param body    the body as received
 * @param latency from sending the request to the end of the body
 * @param excerpt a short, key-scrubbed start of the body, safe for error messages
 */
public record HttpReply(int status, String body, Duration latency, String excerpt) {

    @Override
    public String toString() {
        return "HttpReply[status=" + status + ", latency=" + latency + ", body=" + excerpt + "]";
    }
}
