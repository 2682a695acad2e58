package dev.lingo.vm.schedule;

import java.net.URI;

/**
 * How hard one endpoint may be driven. Zero means "no limit of this kind".
 *
 * <p>Defaults (see {@link #defaultsFor}), chosen to stay inside the providers' first paid tier:
 * <table>
 * <caption>default limits per endpoint</caption>
 * <tr><th>endpoint</th><th>concurrent</th><th>requests/min</th><th>tokens/min</th></tr>
 * <tr><td>{@code openai} at api.openai.com</td><td>32</td><td>500</td><td>200,000</td></tr>
 * <tr><td>{@code anthropic} at api.anthropic.com</td><td>8</td><td>50</td><td>50,000</td></tr>
 * <tr><td>any other OpenAI-compatible or Anthropic server (vLLM, llama.cpp, proxies)</td><td>16</td><td>-</td><td>-</td></tr>
 * <tr><td>{@code ollama}</td><td>4</td><td>-</td><td>-</td></tr>
 * <tr><td>{@code local} (in-process GGUF)</td><td>1</td><td>-</td><td>-</td></tr>
 * <tr><td>{@code offline}</td><td>available processors</td><td>-</td><td>-</td></tr>
 * </table>
 *
 * @param maxConcurrent     requests in flight at once
 * @param requestsPerMinute requests started per minute (a token bucket holding one minute's worth)
 * @param tokensPerMinute   prompt + answer tokens per minute, estimated before and corrected after each call
 */
public record EndpointLimits(int maxConcurrent, int requestsPerMinute, long tokensPerMinute) {

    public static final EndpointLimits UNLIMITED = new EndpointLimits(0, 0, 0);

    public EndpointLimits {
        if (maxConcurrent < 0 || requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new IllegalArgumentException("limits cannot be negative: " + maxConcurrent + ", "
                    + requestsPerMinute + ", " + tokensPerMinute);
        }
    }

    public static EndpointLimits defaultsFor(String provider, URI url) {
        String host = url == null || url.getHost() == null ? "" : url.getHost();
        return switch (provider) {
            case "openai" -> host.endsWith("openai.com") ? new EndpointLimits(32, 500, 200_000) : new EndpointLimits(16, 0, 0);
            case "anthropic" -> host.endsWith("anthropic.com") ? new EndpointLimits(8, 50, 50_000) : new EndpointLimits(16, 0, 0);
            case "ollama" -> new EndpointLimits(4, 0, 0);
            case "local" -> new EndpointLimits(1, 0, 0);
            case "offline" -> new EndpointLimits(Runtime.getRuntime().availableProcessors(), 0, 0);
            default -> new EndpointLimits(16, 0, 0);
        };
    }

    /** These limits with each of the override's non-null fields in place. */
    public EndpointLimits with(Integer concurrent, Integer perMinute, Long tokens) {
        return new EndpointLimits(concurrent != null ? concurrent : maxConcurrent,
                perMinute != null ? perMinute : requestsPerMinute, tokens != null ? tokens : tokensPerMinute);
    }
}
