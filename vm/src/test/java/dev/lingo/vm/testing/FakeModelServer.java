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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An HTTP server on 127.0.0.1 (free port) that answers POSTs to one API path with queued
 * {@link ScriptedReply}s, in order, and records every request. Anything else gets a 404; a request
 * with nothing queued gets a 500 that says so, so a test that under-scripts fails loudly.
 */
public class FakeModelServer implements AutoCloseable {

    private final String apiPath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ConcurrentLinkedDeque<ScriptedReply> replies = new ConcurrentLinkedDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    public FakeModelServer(String apiPath) {
        this.apiPath = apiPath;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
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

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            RecordedRequest request = new RecordedRequest(exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(), headers, body);
            requests.add(request);
            ScriptedReply reply = choose(request);
            if (!reply.delay().isZero()) {
                try {
                    Thread.sleep(reply.delay());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (reply.dropConnection()) {
                return; // closing the exchange without a response drops the connection
            }
            byte[] bytes = reply.body().apply(request).getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private ScriptedReply choose(RecordedRequest request) {
        if (!request.method().equals("POST") || !request.path().equals(apiPath)) {
            return ScriptedReply.of(404, "{\"error\":{\"message\":\"fake server: no route " + request.method()
                    + " " + request.path() + "\"}}");
        }
        ScriptedReply next = replies.poll();
        return next != null ? next : ScriptedReply.of(500, "{\"error\":{\"message\":\"fake server: nothing scripted\"}}");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
