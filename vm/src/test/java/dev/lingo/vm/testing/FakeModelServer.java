package dev.lingo.vm.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 (free port) that answers POSTs to one API path with queued
 * {@link ScriptedReply}s, in order, and records every request. Anything else gets a 404; a request
 * with nothing queued gets a 500 that says so, so a test that under-scripts fails loudly. For
 * scheduling tests it measures how many requests it handles at once, can turn away requests beyond
 * a concurrency cap with 429 and {@code Retry-After}, and can hold replies until released.
 */
public class FakeModelServer implements AutoCloseable {

    private final String apiPath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedDeque<ScriptedReply> replies = new ConcurrentLinkedDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final List<Arrival> arrivals = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger maxActive = new AtomicInteger();
    private final AtomicInteger rejected = new AtomicInteger();
    private volatile Overload overload;
    private volatile CountDownLatch hold;
    private volatile ScriptedReply otherwise;
    private final List<Route> routes = new CopyOnWriteArrayList<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    /** API requests that {@code matches} get {@code reply}, every time (see {@link #when}). */
    private record Rule(java.util.function.Predicate<RecordedRequest> matches, ScriptedReply reply) {
    }

    /** More of an API than the one path, e.g. OpenAI's files and batches (see {@link #route}). */
    private record Route(String method, String pathPrefix, java.util.function.Function<RecordedRequest, ScriptedReply> handler) {
    }

    /** A request and when it arrived ({@link System#nanoTime()}), to check pauses and ordering. */
    public record Arrival(long nanos, RecordedRequest request) {
    }

    /** Beyond {@code maxConcurrent} requests at once, answer 429 with this {@code Retry-After}. */
    private record Overload(int maxConcurrent, Duration retryAfter) {
    }

    public FakeModelServer(String apiPath) {
        this.apiPath = apiPath;
        try {
            // A long accept queue: tests may open a thousand connections at once (the default, 50, refuses some).
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 2048);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        executor = Executors.newCachedThreadPool(runnable -> {
            Thread t = new Thread(runnable, "fake-model-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** {@code http://127.0.0.1:PORT}, without a path. */
    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public FakeModelServer enqueue(ScriptedReply reply) {
        replies.add(reply);
        return this;
    }

    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException("the fake server received no request");
        }
        return requests.getLast();
    }

    public int pendingReplies() {
        return replies.size();
    }

    /**
     * The most requests this server was handling at once. A request counts from its arrival until
     * its reply starts: the client cannot have seen the reply earlier, so a client that keeps at most
     * N requests open can never make this exceed N.
     */
    public int maxConcurrent() {
        return maxActive.get();
    }

    /** From now on, answer 429 with {@code retryAfter} (as {@code retry-after-ms} and {@code retry-after}) beyond {@code max} requests at once. */
    public FakeModelServer rejectAbove(int max, Duration retryAfter) {
        overload = new Overload(max, retryAfter);
        return this;
    }

    /** How many requests {@link #rejectAbove} turned away. */
    public int rejected() {
        return rejected.get();
    }

    /** Every request with its arrival time, in arrival order. */
    public List<Arrival> arrivals() {
        return List.copyOf(arrivals);
    }

    /** The reply for requests that find nothing queued (instead of the "nothing scripted" 500). */
    public FakeModelServer otherwise(ScriptedReply reply) {
        otherwise = reply;
        return this;
    }

    /** Every API request that {@code matches} gets {@code reply}, before anything queued: e.g. one item that always fails. */
    public FakeModelServer when(java.util.function.Predicate<RecordedRequest> matches, ScriptedReply reply) {
        rules.add(new Rule(matches, reply));
        return this;
    }

    /**
     * Also answers {@code method} requests whose path starts with {@code pathPrefix}, with the reply
     * {@code handler} makes for each; routes are tried in the order added, before the API path.
     */
    public FakeModelServer route(String method, String pathPrefix, java.util.function.Function<RecordedRequest, ScriptedReply> handler) {
        routes.add(new Route(method, pathPrefix, handler));
        return this;
    }

    /** Requests are recorded but not answered until {@link #release()}. */
    public FakeModelServer hold() {
        hold = new CountDownLatch(1);
        return this;
    }

    /** Answers the requests held now and holds those that come later: lets a test step through waves of calls. */
    public synchronized FakeModelServer releaseHeld() {
        CountDownLatch held = hold;
        hold = new CountDownLatch(1);
        if (held != null) {
            held.countDown();
        }
        return this;
    }

    public FakeModelServer release() {
        CountDownLatch h = hold;
        if (h != null) {
            h.countDown();
        }
        return this;
    }

    /**
     * The 400 a real server gives a request it cannot take (see {@link WireImages}), in the
     * provider's error shape, or null to answer it as scripted.
     */
    protected ScriptedReply refusal(RecordedRequest request) {
        return null;
    }

    /**
     * For {@link #refusal}: a 400 with {@code errorBody(message)} when {@code read} finds the chat
     * request malformed; null for other paths, bodies that are not JSON, and well-formed requests.
     */
    protected static ScriptedReply refuseMalformed(RecordedRequest request, String chatPath,
                                                   java.util.function.Consumer<com.fasterxml.jackson.databind.JsonNode> read,
                                                   java.util.function.Function<String, String> errorBody) {
        if (!request.path().endsWith(chatPath)) {
            return null;
        }
        try {
            read.accept(request.json());
            return null;
        } catch (UncheckedIOException notJson) {
            return null; // a test of bodies that are not JSON: answer as scripted
        } catch (WireImages.Malformed e) {
            return ScriptedReply.of(400, errorBody.apply(e.getMessage()));
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        boolean counted = false;
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), headers, body);
            int now = active.incrementAndGet();
            counted = true;
            requests.add(request);
            arrivals.add(new Arrival(System.nanoTime(), request));
            Overload limit = overload;
            if (limit != null && now > limit.maxConcurrent()) {
                rejected.incrementAndGet();
                active.decrementAndGet();
                counted = false;
                tooMany(exchange, limit.retryAfter());
                return;
            }
            maxActive.accumulateAndGet(now, Math::max);
            ScriptedReply reply = refusal(request);
            reply = reply != null ? reply : choose(request);
            try {
                CountDownLatch h = hold;
                if (h != null) {
                    h.await();
                }
                if (!reply.delay().isZero()) {
                    Thread.sleep(reply.delay());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            active.decrementAndGet();
            counted = false;
            if (reply.dropConnection()) {
                return; // closing the exchange without a response drops the connection
            }
            byte[] bytes = reply.body().apply(request).getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            if (reply.cutAt() >= 0 && reply.cutAt() < bytes.length) {
                cut(exchange, reply.status(), bytes, reply.cutAt());
                return;
            }
            if (!reply.trickle().isZero()) {
                trickle(exchange, reply.status(), bytes, reply.trickle());
                return;
            }
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        } finally {
            if (counted) {
                active.decrementAndGet();
            }
        }
    }

    /** Headers now, then the body byte by byte; ends early when the client hangs up or the server stops. */
    private static void trickle(HttpExchange exchange, int status, byte[] bytes, Duration interval) throws IOException {
        exchange.sendResponseHeaders(status, 0); // chunked: the client cannot know how much is still to come
        try (OutputStream out = exchange.getResponseBody()) {
            for (byte b : bytes) {
                out.write(b);
                out.flush();
                Thread.sleep(interval);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The whole length announced, only {@code sent} bytes written, then the connection closed under the client. */
    private static void cut(HttpExchange exchange, int status, byte[] bytes, int sent) throws IOException {
        exchange.sendResponseHeaders(status, bytes.length);
        OutputStream out = exchange.getResponseBody();
        out.write(bytes, 0, sent);
        out.flush();
        // closing the exchange with bytes still owed closes the connection (and throws; the server just hangs up)
        throw new IOException("fake server: body cut off after " + sent + " of " + bytes.length + " bytes");
    }

    private static void tooMany(HttpExchange exchange, Duration retryAfter) throws IOException {
        byte[] bytes = "{\"error\":{\"message\":\"fake server: too many concurrent requests\",\"type\":\"requests\"}}"
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("content-type", "application/json");
        exchange.getResponseHeaders().add("retry-after-ms", Long.toString(retryAfter.toMillis()));
        exchange.getResponseHeaders().add("retry-after", Long.toString((retryAfter.toMillis() + 999) / 1000));
        exchange.sendResponseHeaders(429, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private ScriptedReply choose(RecordedRequest request) {
        for (Route r : routes) {
            if (r.method().equals(request.method()) && request.path().startsWith(r.pathPrefix())) {
                return r.handler().apply(request);
            }
        }
        if (!request.method().equals("POST") || !request.path().equals(apiPath)) {
            return ScriptedReply.of(404, "{\"error\":{\"message\":\"fake server: no route " + request.method()
                    + " " + request.path() + "\"}}");
        }
        for (Rule r : rules) {
            if (r.matches().test(request)) {
                return r.reply();
            }
        }
        ScriptedReply next = replies.poll();
        if (next == null && otherwise != null) {
            return otherwise;
        }
        return next != null ? next : ScriptedReply.of(500, "{\"error\":{\"message\":\"fake server: nothing scripted\"}}");
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        executor.shutdownNow();
    }
}
