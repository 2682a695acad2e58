package dev.lingo.vm.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Serves one file over HTTP on 127.0.0.1 the way a model hub does: {@code Range: bytes=N-} gets a
 * 206 with {@code Content-Range}; it can be told to ignore ranges, and to drop the connection after
 * some bytes (once) to simulate a broken download. Records the Range header of every request.
 */
public final class FakeFileServer implements AutoCloseable {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final byte[] content;
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-file-server");
        t.setDaemon(true);
        return t;
    });
    private final List<String> ranges = new CopyOnWriteArrayList<>();
    private final AtomicLong dropAfter = new AtomicLong(-1);
    private volatile boolean honourRanges = true;

    public FakeFileServer(byte[] content) {
        this.content = content.clone();
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI url(String fileName) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/models/" + fileName);
    }

    /** The next download is cut off after {@code bytes} bytes of body. */
    public FakeFileServer dropNextAfter(long bytes) {
        dropAfter.set(bytes);
        return this;
    }

    public FakeFileServer ignoreRanges() {
        honourRanges = false;
        return this;
    }

    /** The Range header of each request, "" where there was none. */
    public List<String> ranges() {
        return List.copyOf(ranges);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().startsWith("/models/")) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String range = exchange.getRequestHeaders().getFirst("Range");
            ranges.add(range == null ? "" : range);
            int start = 0;
            Matcher m = range == null ? null : RANGE.matcher(range);
            if (honourRanges && m != null && m.matches()) {
                start = Integer.parseInt(m.group(1));
                if (start >= content.length) {
                    exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
                    exchange.sendResponseHeaders(416, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Range",
                        "bytes " + start + "-" + (content.length - 1) + "/" + content.length);
                exchange.sendResponseHeaders(206, content.length - start);
            } else {
                exchange.sendResponseHeaders(200, content.length);
            }
            long cut = dropAfter.getAndSet(-1);
            OutputStream out = exchange.getResponseBody();
            int end = cut < 0 ? content.length : (int) Math.min(content.length, start + cut);
            out.write(content, start, end - start);
            out.flush();
            if (end < content.length) {
                throw new IOException("dropping the connection on purpose");
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
