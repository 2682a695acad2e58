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
 * @param cutAt          when not negative: announce the whole body's length, send only this many bytes, hang up
 */
public record ScriptedReply(int status, Function<RecordedRequest, String> body, Map<String, String> headers,
                            Duration delay, boolean dropConnection, Duration trickle, int cutAt) {

    public ScriptedReply {
        headers = Map.copyOf(headers);
    }

    public static ScriptedReply of(int status, String body) {
        return new ScriptedReply(status, request -> body, Map.of("content-type", "application/json"), Duration.ZERO, false, Duration.ZERO, -1);
    }

    public static ScriptedReply of(int status, Function<RecordedRequest, String> body) {
        return new ScriptedReply(status, body, Map.of("content-type", "application/json"), Duration.ZERO, false, Duration.ZERO, -1);
    }

    public static ScriptedReply droppedConnection() {
        return new ScriptedReply(0, request -> "", Map.of(), Duration.ZERO, true, Duration.ZERO, -1);
    }

    public ScriptedReply withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ScriptedReply(status, body, more, delay, dropConnection, trickle, cutAt);
    }

    /** Wait this long before answering (to test timeouts and latency accounting). */
    public ScriptedReply after(Duration wait) {
        return new ScriptedReply(status, body, headers, wait, dropConnection, trickle, cutAt);
    }

    /** A server that is alive but hardly: the headers go at once, then one byte of the body per {@code interval}. */
    public ScriptedReply trickled(Duration interval) {
        return new ScriptedReply(status, body, headers, delay, dropConnection, interval, cutAt);
    }

    /** A body cut off in transit: the headers announce its whole length, the connection closes after {@code bytes}. */
    public ScriptedReply cutAfter(int bytes) {
        return new ScriptedReply(status, body, headers, delay, dropConnection, trickle, bytes);
    }
}
