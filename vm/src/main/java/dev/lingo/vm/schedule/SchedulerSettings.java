package dev.lingo.vm.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scheduling part of a project's {@code lingo.json}; every section is optional:
 * <pre>{@code
 * "limits":   {"openai": {"maxConcurrent": 32, "requestsPerMinute": 500, "tokensPerMinute": 200000},
 *              "http://127.0.0.1:8080/v1": {"maxConcurrent": 4}},
 * "endpoints": {"openai": ["http://10.0.0.1:8000/v1", "http://10.0.0.2:8000/v1"]},
 * "retry":    {"maxAttempts": 5, "maxRateLimitedAttempts": 20, "maxTimedOutAttempts": 2, "baseDelayMs": 500, "maxDelayMs": 30000, "maxPauseMs": 120000},
 * "circuitBreaker": {"failureThreshold": 5, "coolDownMs": 30000},
 * "budget":   {"maxCost": 2.5, "maxCalls": 1000, "maxTokens": 2000000},
 * "queue":    {"maxUnsent": 512}
 * }</pre>
 * A {@code limits} key is a provider name or an endpoint's base URL; the URL's entry wins, field by
 * field, over the provider's, which wins over the built-in defaults ({@link EndpointLimits}).
 *
 * @param limits    overrides by provider name or base URL
 * @param endpoints base URLs per provider, used when neither the model nor the environment names one
 * @param maxUnsent how many submitted opcodes may wait unsent before the language's submitting
 *                  waits ({@code ModelMachine.awaitCapacity}); 0: max(256, 8 x the largest endpoint concurrency)
 */
public record SchedulerSettings(Map<String, LimitOverride> limits, Map<String, List<String>> endpoints,
                                RetryPolicy retry, BreakerPolicy breaker, RunBudget budget, int maxUnsent) {

    public static final SchedulerSettings DEFAULTS = new SchedulerSettings(Map.of(), Map.of(), RetryPolicy.DEFAULT,
            BreakerPolicy.DEFAULT, RunBudget.UNLIMITED, 0);

    /** One {@code limits} entry: null fields keep the value from below. */
    public record LimitOverride(Integer maxConcurrent, Integer requestsPerMinute, Long tokensPerMinute) {
    }

    public SchedulerSettings {
        limits = Map.copyOf(limits);
        endpoints = Map.copyOf(endpoints);
        if (maxUnsent < 0) {
            throw new IllegalArgumentException("queue.maxUnsent cannot be negative: " + maxUnsent);
        }
    }

    public EndpointLimits limitsFor(String provider, URI url) {
        EndpointLimits l = EndpointLimits.defaultsFor(provider, url);
        l = apply(l, limits.get(provider));
        if (url != null) {
            String u = url.toString();
            l = apply(l, limits.containsKey(u) ? limits.get(u) : limits.get(u.endsWith("/") ? u.substring(0, u.length() - 1) : u + "/"));
        }
        return l;
    }

    public SchedulerSettings withRetry(RetryPolicy newRetry) {
        return new SchedulerSettings(limits, endpoints, newRetry, breaker, budget, maxUnsent);
    }

    public SchedulerSettings withBreaker(BreakerPolicy newBreaker) {
        return new SchedulerSettings(limits, endpoints, retry, newBreaker, budget, maxUnsent);
    }

    /** Reads the sections above from a whole {@code lingo.json}; a misspelt setting is an error, not ignored. */
    public static SchedulerSettings fromConfig(JsonNode root) {
        if (root == null || !root.isObject()) {
            return DEFAULTS;
        }
        Map<String, LimitOverride> limits = new LinkedHashMap<>();
        ConfigReader.section(root, "limits").properties().forEach(e -> {
            ConfigReader r = new ConfigReader("limits." + e.getKey(), e.getValue(), "maxConcurrent", "requestsPerMinute", "tokensPerMinute");
            limits.put(e.getKey(), new LimitOverride(r.intOrNull("maxConcurrent"), r.intOrNull("requestsPerMinute"), r.longOrNull("tokensPerMinute")));
        });
        Map<String, List<String>> endpoints = new LinkedHashMap<>();
        ConfigReader.section(root, "endpoints").properties().forEach(e -> endpoints.put(e.getKey(), ConfigReader.urls("endpoints." + e.getKey(), e.getValue())));
        RetryPolicy d = RetryPolicy.DEFAULT;
        ConfigReader r = new ConfigReader("retry", ConfigReader.section(root, "retry"), "maxAttempts", "maxRateLimitedAttempts",
                "maxTimedOutAttempts", "baseDelayMs", "maxDelayMs", "maxPauseMs");
        RetryPolicy retry = new RetryPolicy(r.intOr("maxAttempts", d.maxAttempts()), r.intOr("maxRateLimitedAttempts", d.maxRateLimitedAttempts()),
                r.intOr("maxTimedOutAttempts", d.maxTimedOutAttempts()), r.millisOr("baseDelayMs", d.baseDelay()), r.millisOr("maxDelayMs", d.maxDelay()), r.millisOr("maxPauseMs", d.maxPause()));
        ConfigReader b = new ConfigReader("circuitBreaker", ConfigReader.section(root, "circuitBreaker"), "failureThreshold", "coolDownMs");
        BreakerPolicy breaker = new BreakerPolicy(b.intOr("failureThreshold", BreakerPolicy.DEFAULT.failureThreshold()),
                b.millisOr("coolDownMs", BreakerPolicy.DEFAULT.coolDown()));
        ConfigReader m = new ConfigReader("budget", ConfigReader.section(root, "budget"), "maxCost", "maxCalls", "maxTokens");
        RunBudget budget = new RunBudget(m.doubleOrNull("maxCost"), m.longOrNull("maxCalls"), m.longOrNull("maxTokens"));
        ConfigReader q = new ConfigReader("queue", ConfigReader.section(root, "queue"), "maxUnsent");
        return new SchedulerSettings(limits, endpoints, retry, breaker, budget, q.intOr("maxUnsent", 0));
    }

    private static EndpointLimits apply(EndpointLimits l, LimitOverride o) {
        return o == null ? l : l.with(o.maxConcurrent(), o.requestsPerMinute(), o.tokensPerMinute());
    }
}
