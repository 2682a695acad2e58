package dev.lingo.vm.testing;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Makes a {@link FakeOpenAiServer} a flaky provider: each Chat Completions request is keyed (e.g. by
 * the item its prompt names), counted per key, and answered with the {@link Fault} the
 * {@link FaultSchedule} picks for that key and attempt, on the real wire protocol (status codes,
 * headers, OpenAI's error and completion shapes, dropped and cut connections). Every request is
 * logged with its fault, so a test can compare what a client reports with what the server did.
 */
public final class FaultInjector {

    /**
     * One request as served: its key, its attempt number for that key (1, 2, ...), the fault it met,
     * when it arrived and, for a valid answer, when its body was made to be written (0 before that
     * or for any other reply): a valid answer made later than the client's timeout came too late.
     */
    public record Served(String key, int attempt, Fault fault, long nanos, AtomicLong writtenNanos) {

        /** Whether this request got a valid answer that could reach the client within {@code timeout} of arriving. */
        public boolean answeredWithin(Duration timeout) {
            long written = writtenNanos.get();
            return fault == Fault.NONE && written != 0 && written - nanos <= timeout.toNanos();
        }
    }

    private final FakeOpenAiServer server;
    private final FaultSchedule schedule;
    private final Duration clientTimeout;
    private final Function<RecordedRequest, String> keyOf;
    private final Function<RecordedRequest, String> answer;
    private final Function<RecordedRequest, String> wrongTypeAnswer;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Served> log = new ConcurrentLinkedQueue<>();

    /**
     * @param clientTimeout   the client's timeout: timeouts wait twice as long, trickles take far longer
     * @param keyOf           the key of a request (what attempts are counted by)
     * @param answer          the valid message content for a request
     * @param wrongTypeAnswer well-formed JSON content of the wrong type for the request's schema
     */
    public FaultInjector(FakeOpenAiServer server, FaultSchedule schedule, Duration clientTimeout,
                         Function<RecordedRequest, String> keyOf, Function<RecordedRequest, String> answer,
                         Function<RecordedRequest, String> wrongTypeAnswer) {
        this.server = server;
        this.schedule = schedule;
        this.clientTimeout = clientTimeout;
        this.keyOf = keyOf;
        this.answer = answer;
        this.wrongTypeAnswer = wrongTypeAnswer;
        server.route("POST", "/v1/chat/completions", this::reply);
    }

    /** Every request served so far, in the order they were served. */
    public List<Served> served() {
        return List.copyOf(log);
    }

    private ScriptedReply reply(RecordedRequest request) {
        String key = keyOf.apply(request);
        int attempt = attempts.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
        Fault fault = schedule.faultFor(key, attempt);
        Served served = new Served(key, attempt, fault, System.nanoTime(), new AtomicLong());
        log.add(served);
        return switch (fault) {
            case NONE -> {
                String content = answer.apply(request);
                yield ScriptedReply.of(200, r -> {
                    served.writtenNanos().set(System.nanoTime());
                    return server.completionBody(r, content, "stop");
                });
            }
            case TIMEOUT -> ok(request, answer.apply(request)).after(clientTimeout.multipliedBy(2));
            case TRICKLE -> ok(request, answer.apply(request)).trickled(Duration.ofMillis(Math.max(20, clientTimeout.toMillis() / 50)));
            case RESET -> ScriptedReply.droppedConnection();
            case RATE_LIMITED -> error(429, "requests", "Rate limit reached for requests").withHeader("retry-after", "1");
            case SERVER_ERROR -> error(new int[] {500, 502, 503}[attempt % 3], "server_error", "The server had an error");
            case LENGTH -> {
                String content = answer.apply(request);
                yield ScriptedReply.of(200, r -> server.completionBody(r, content.substring(0, content.length() / 2), "length"));
            }
            case CUT_BODY -> {
                String body = server.completionBody(request, answer.apply(request), "stop");
                yield ScriptedReply.of(200, body).cutAfter(body.length() / 2);
            }
            case BAD_JSON -> attempt % 2 == 0
                    ? ScriptedReply.of(200, "{\"id\": \"chatcmpl-broken\", \"object\": \"chat.completion\", \"choices\": [{\"index\": 0, \"mess")
                    : ScriptedReply.of(200, "{\"id\": \"chatcmpl-odd\", \"object\": \"chat.completion\", \"choices\": \"none today\", \"usage\": 7}");
            case WRONG_TYPE -> ok(request, wrongTypeAnswer.apply(request));
        };
    }

    private ScriptedReply ok(RecordedRequest request, String content) {
        String body = server.completionBody(request, content, "stop");
        return ScriptedReply.of(200, body);
    }

    private static ScriptedReply error(int status, String type, String message) {
        return ScriptedReply.of(status, "{\"error\": {\"message\": \"" + message + "\", \"type\": \"" + type + "\", \"code\": null}}");
    }
}
