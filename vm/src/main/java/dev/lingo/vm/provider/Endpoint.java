package dev.lingo.vm.provider;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where a provider lives and how long to wait for it. {@code toString()} is safe to print: the key
 * shows as redacted.
 *
 * @param baseUrl        e.g. {@code https://api.openai.com/v1}; API paths are appended to it
 * @param apiKey         null when the server needs none (local servers)
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for the whole answer to arrive
 */
public record Endpoint(URI baseUrl, ApiKey apiKey, Duration connectTimeout, Duration requestTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(120);

    public Endpoint {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
    }

    public static Endpoint of(String baseUrl) {
        return new Endpoint(URI.create(baseUrl), null, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    public Endpoint withApiKey(ApiKey key) {
        return new Endpoint(baseUrl, key, connectTimeout, requestTimeout);
    }

    public Endpoint withRequestTimeout(Duration timeout) {
        return new Endpoint(baseUrl, apiKey, connectTimeout, timeout);
    }

    public Endpoint withConnectTimeout(Duration timeout) {
        return new Endpoint(baseUrl, apiKey, timeout, requestTimeout);
    }

    /** The base URL with {@code path} appended, with exactly one slash between them. */
    public URI resolve(String path) {
        String base = baseUrl.toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }
}
