package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scheduling sections of lingo.json: defaults, precedence, and loud typos. */
class SchedulerSettingsTest {

    private static SchedulerSettings parse(String json) throws Exception {
        return SchedulerSettings.fromConfig(new ObjectMapper().readTree(json));
    }

    @Test
    void defaultsDependOnTheProviderAndWhetherItIsTheHostedApi() {
        SchedulerSettings d = SchedulerSettings.DEFAULTS;
        assertEquals(new EndpointLimits(32, 500, 200_000), d.limitsFor("openai", URI.create("https://api.openai.com/v1")));
        assertEquals(new EndpointLimits(16, 0, 0), d.limitsFor("openai", URI.create("http://127.0.0.1:8080/v1")));
        assertEquals(new EndpointLimits(8, 50, 50_000), d.limitsFor("anthropic", URI.create("https://api.anthropic.com")));
        assertEquals(new EndpointLimits(4, 0, 0), d.limitsFor("ollama", URI.create("http://127.0.0.1:11434")));
        assertEquals(1, d.limitsFor("local", null).maxConcurrent());
        assertEquals(RetryPolicy.DEFAULT, d.retry());
        assertTrue(d.budget().unlimited());
    }

    @Test
    void aUrlEntryBeatsTheProviderEntryFieldByField() throws Exception {
        SchedulerSettings s = parse("""
                {"limits": {"openai": {"maxConcurrent": 8, "requestsPerMinute": 100},
                            "http://127.0.0.1:8080/v1/": {"maxConcurrent": 2}}}""");
        assertEquals(new EndpointLimits(2, 100, 0), s.limitsFor("openai", URI.create("http://127.0.0.1:8080/v1")));
        assertEquals(new EndpointLimits(8, 100, 200_000), s.limitsFor("openai", URI.create("https://api.openai.com/v1")));
    }

    @Test
    void readsEndpointsRetryBreakerAndBudget() throws Exception {
        SchedulerSettings s = parse("""
                {"model": "openai:gpt-4o-mini",
                 "endpoints": {"openai": ["http://a:8000/v1", "http://b:8000/v1"], "ollama": "http://c:11434"},
                 "retry": {"maxAttempts": 3, "maxTimedOutAttempts": 1, "baseDelayMs": 10, "maxDelayMs": 40},
                 "circuitBreaker": {"failureThreshold": 2, "coolDownMs": 250},
                 "budget": {"maxCost": 0.5, "maxCalls": 10}}""");
        assertEquals(List.of("http://a:8000/v1", "http://b:8000/v1"), s.endpoints().get("openai"));
        assertEquals(List.of("http://c:11434"), s.endpoints().get("ollama"));
        assertEquals(new RetryPolicy(3, RetryPolicy.DEFAULT.maxRateLimitedAttempts(), 1, Duration.ofMillis(10),
                Duration.ofMillis(40), RetryPolicy.DEFAULT.maxPause()), s.retry());
        assertEquals(new BreakerPolicy(2, Duration.ofMillis(250)), s.breaker());
        assertEquals(new RunBudget(0.5, 10L, null), s.budget());
        assertEquals(new RunBudget(0.5, 3L, 1000L), s.budget().with(new RunBudget(null, 3L, 1000L)));
    }

    @Test
    void aMisspeltOrMistypedSettingIsAnErrorThatSaysWhatIsAllowed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parse("{\"limits\": {\"openai\": {\"maxConcurency\": 4}}}"));
        assertTrue(e.getMessage().contains("limits.openai: unknown setting \"maxConcurency\"; use maxConcurrent"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("{\"retry\": {\"maxAttempts\": \"many\"}}"));
        assertTrue(e.getMessage().contains("retry.maxAttempts must be a whole number"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> parse("{\"budget\": {\"maxCost\": -1}}"));
        assertTrue(e.getMessage().contains("budget.maxCost must be a number >= 0"), e.getMessage());
    }
}
