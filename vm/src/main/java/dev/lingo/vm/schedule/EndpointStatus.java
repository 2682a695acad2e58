package dev.lingo.vm.schedule;

import java.time.Duration;

/**
 * A snapshot of one endpoint, for progress displays and diagnostics.
 *
 * @param id                  e.g. {@code openai http://127.0.0.1:8080/v1}
 * @param inFlight            requests at the endpoint now
 * @param learnedConcurrency  the concurrency learned from 429s, 0 while nothing was learned and no limit is set
 * @param limits              the configured limits
 * @param pausedFor           what is left of a pause ordered by {@code Retry-After}, zero when none
 * @param breaker             {@code CLOSED}, {@code OPEN} or {@code HALF_OPEN}
 * @param consecutiveFailures failures since the last healthy answer
 */
public record EndpointStatus(String id, int inFlight, int learnedConcurrency, EndpointLimits limits,
                             Duration pausedFor, String breaker, int consecutiveFailures) {
}
