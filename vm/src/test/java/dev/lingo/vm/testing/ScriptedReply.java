package dev.lingo.vm.testing;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a fake server answers to one request. The body may depend on the request (e.g. to echo
 * the model id or the tool name back, as real servers do).
 *
 * @param dropConnection close the connection without any response
 * @param trickle        when not zero: send the headers at once, then the body one byte per this interval
 */
public record ScriptedReply(int status, Function<RecordedRequest, String> body, Map<String, String> headers,
                            Duration delay, boolean dropConnection, Duration trickle) {

    public ScriptedReply {
        headers = Map.copyOf(headers);
    }

    public static ScriptedReply of(int status, String body) {
        return new ScriptedReply(status, request -> body, Map.of("content-type", "application/json"), Duration.ZERO, false, Duration.ZERO);
    }

    public static ScriptedReply of(int status, Function<RecordedRequest, String> body) {
        return new ScriptedReply(status, body, Map.of("content-type", "application/json"), Duration.ZERO, false, Duration.ZERO);
    }

    public static ScriptedReply droppedConnection() {
        return new ScriptedReply(0, request -> "", Map.of(), Duration.ZERO, true, Duration.ZERO);
    }

    public ScriptedReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ScriptedReply(status, body, more, delay, dropConnection, trickle);
    }

    /** Wait this long before answering (to test timeouts and latency accounting). */
    public ScriptedReply after(Duration wait) {
        return new ScriptedReply(status, body, headers, wait, dropConnection, trickle);
    }

    /** A server that is alive but hardly: the headers go at once, then one byte of the body per {@code interval}. */
    public ScriptedReply trickled(Duration interval) {
        return new ScriptedReply(status, body, headers, delay, dropConnection, interval);
    }
}
