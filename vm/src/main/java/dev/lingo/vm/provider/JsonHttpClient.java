package dev.lingo.vm.provider;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;

/**
 * POSTs JSON to one provider endpoint (and GETs, and uploads files) and maps every failure to a typed {@link ProviderException}.
 * The API key goes into one header and nowhere else; server text is scrubbed of it.
 */
public final class JsonHttpClient implements AutoCloseable {

    private final String provider;
    private final Endpoint endpoint;
    private final String keyHeader;
    private final String keyPrefix;
    /** Made on the first request: a rerun answered from the cache never pays for a client (and its TLS set-up). */
    private HttpClient client;
    private boolean closed;

    /**
     * @param keyHeader e.g. {@code Authorization} or {@code x-api-key}
     * @param keyPrefix e.g. {@code "Bearer "} or {@code ""}
     */
    public JsonHttpClient(String provider, Endpoint endpoint, String keyHeader, String keyPrefix) {
        this.provider = provider;
        this.endpoint = endpoint;
        this.keyHeader = keyHeader;
        this.keyPrefix = keyPrefix;
    }

    private synchronized HttpClient client() throws IOException {
        if (closed) {
            throw new IOException("the client is closed");
        }
        if (client == null) {
            boolean plainHttp = "http".equalsIgnoreCase(endpoint.baseUrl().getScheme());
            HttpClient.Builder builder = HttpClient.newBuilder();
            if (plainHttp) {
                builder.sslContext(noTls()); // not the default context: it reads the trust store (~40 ms) for nothing
            }
            client = builder
                    .connectTimeout(endpoint.connectTimeout())
                    // local servers speak HTTP/1.1; asking them to upgrade to h2c only adds a round of confusion
                    .version(plainHttp ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                    .build();
        }
        return client;
    }

    /**
     * The TLS context of a client for a plain-HTTP endpoint, which never uses it: redirects are not
     * followed, so no request can turn into HTTPS. It trusts no one, should that ever change.
     */
    private static SSLContext noTls() throws IOException {
        try {
            SSLContext none = SSLContext.getInstance("TLS");
            none.init(new KeyManager[0], new TrustManager[0], null);
            return none;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot make an HTTP client: " + e.getMessage(), e);
        }
    }

    /** Builds the client now, off the path of the first request; a failure is met again by that request. */
    public void prepare() {
        try {
            client();
        } catch (IOException e) {
            // closed meanwhile: the next request says so
        }
    }

    public HttpReply post(String path, JsonNode body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(path))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request);
    }

    /** A POST of any body, e.g. a {@code multipart/form-data} file upload. */
    public HttpReply post(String path, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).header("content-type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A GET, e.g. a job's status or a file's content; the body is read as UTF-8 text. */
    public HttpReply get(String path) {
        return send(HttpRequest.newBuilder(endpoint.resolve(path)).GET());
    }

    private HttpReply send(HttpRequest.Builder request) {
        request.timeout(endpoint.requestTimeout()).header("accept", "application/json");
        if (endpoint.apiKey() != null) {
            request.header(keyHeader, keyPrefix + endpoint.apiKey().value());
        }
        HttpRequest built = request.build();
        long start = System.nanoTime();
        HttpResponse<String> response = exchange(built);
        Duration latency = Duration.ofNanos(System.nanoTime() - start);
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            throw ProviderErrors.fromStatus(provider, status, response.headers(), response.body(), endpoint.apiKey());
        }
        return new HttpReply(status, response.body(), latency, ProviderErrors.excerpt(response.body(), endpoint.apiKey()),
                RateLimitHeaders.limitedFor(response.headers(), Instant.now()).orElse(null));
    }

    /**
     * Request, headers and the whole body within the endpoint's timeout. The JDK's request timeout
     * stops at the headers, so a server trickling its body could hold a call for ever: the future is
     * cancelled at the deadline instead, which closes the connection.
     */
    private HttpResponse<String> exchange(HttpRequest request) {
        URI uri = request.uri();
        CompletableFuture<HttpResponse<String>> pending;
        try {
            pending = client().sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw unreachable(uri, e);
        }
        try {
            return pending.get(endpoint.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new ProviderTimeoutException(provider, endpoint.requestTimeout(), e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new ProviderConnectionException(provider, "interrupted while waiting for " + uri.getHost(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException timeout) {
                throw new ProviderTimeoutException(provider, timeoutOf(timeout), timeout);
            }
            if (cause instanceof IOException io) {
                throw unreachable(uri, io);
            }
            throw cause instanceof RuntimeException r ? r : new IllegalStateException(cause);
        }
    }

    private ProviderConnectionException unreachable(URI uri, IOException e) {
        String next = e instanceof java.net.ConnectException ? ": is a server running there, and is the base URL right?" : "";
        return new ProviderConnectionException(provider, "cannot reach " + uri.getHost() + ":" + port(uri)
                + " (" + e.getClass().getSimpleName() + ")" + next, e);
    }

    private Duration timeoutOf(HttpTimeoutException e) {
        return e instanceof java.net.http.HttpConnectTimeoutException ? endpoint.connectTimeout() : endpoint.requestTimeout();
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    @Override
    public void close() {
        HttpClient made;
        synchronized (this) {
            closed = true;
            made = client;
        }
        if (made != null) {
            made.close(); // outside the lock: it waits for requests under way
        }
    }

    @Override
    public String toString() {
        return "JsonHttpClient[" + provider + " " + endpoint + "]";
    }
}
