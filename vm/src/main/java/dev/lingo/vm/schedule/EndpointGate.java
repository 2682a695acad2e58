package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ProviderException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one endpoint (a provider at one base URL, or an in-process model): requests in
 * flight, request and token buckets, a pause ordered by the server, the circuit breaker and the
 * learned concurrency. Shared by every model that uses the endpoint. Not thread-safe:
 * {@link AdmissionControl}'s lock guards every method. Times are {@link System#nanoTime()} values.
 */
final class EndpointGate {

    /** {@link #nanosUntilAdmissible} when only a finishing request can make room. */
    static final long WHEN_A_SLOT_FREES = Long.MAX_VALUE;

    private final String id;
    private final URI url;
    private final EndpointLimits limits;
    private final TokenBucket requests;
    private final TokenBucket tokens;
    private final CircuitBreaker breaker;
    private final AdaptiveLimit concurrency;
    private final List<Flight> flights = new ArrayList<>();
    private long admissions;
    private int inFlight;
    private long pausedUntil;
    private boolean paused;

    EndpointGate(String id, URI url, EndpointLimits limits, BreakerPolicy breaker, long now) {
        this.id = id;
        this.url = url;
        this.limits = limits;
        this.requests = limits.requestsPerMinute() > 0 ? new TokenBucket(limits.requestsPerMinute(), now) : null;
        this.tokens = limits.tokensPerMinute() > 0 ? new TokenBucket(limits.tokensPerMinute(), now) : null;
        this.breaker = new CircuitBreaker(breaker);
        this.concurrency = new AdaptiveLimit(limits.maxConcurrent());
    }

    String id() {
        return id;
    }

    EndpointLimits limits() {
        return limits;
    }

    int inFlight() {
        return inFlight;
    }

    /** Free slots: how many more requests the endpoint takes now (its concurrency limit less those in flight). */
    int room(long now) {
        return Math.max(0, concurrency.current(now) - inFlight);
    }

    /** Open breaker (cool-down running, or its probe is out): requests should fail fast, not wait. */
    boolean failsFast(long now) {
        return !breaker.admits(now);
    }

    /** Zero when a request of {@code estimatedTokens} may start now; else how long until it may. */
    long nanosUntilAdmissible(long estimatedTokens, long now) {
        long wait = paused && pausedUntil - now > 0 ? pausedUntil - now : 0;
        if (inFlight >= concurrency.current(now)) {
            return WHEN_A_SLOT_FREES;
        }
        if (requests != null) {
            wait = Math.max(wait, requests.nanosUntil(1, now));
        }
        if (tokens != null) {
            wait = Math.max(wait, tokens.nanosUntil(estimatedTokens, now));
        }
        return wait;
    }

    Flight admit(long estimatedTokens, long now) {
        Flight flight = new Flight(++admissions);
        flights.add(flight);
        inFlight++;
        for (Flight f : flights) {
            f.peak = Math.max(f.peak, inFlight);
        }
        breaker.onAdmit(now);
        if (requests != null) {
            requests.take(1, now);
        }
        if (tokens != null) {
            tokens.take(estimatedTokens, now);
        }
        return flight;
    }

    /** A request came back with {@code actualTokens} used (0 when unknown: the estimate stands). */
    void succeeded(Flight flight, long estimatedTokens, long actualTokens, long now) {
        land(flight);
        breaker.onAnswered(flight.admission);
        concurrency.onAnswered(flight, now);
        if (tokens != null && actualTokens > 0) {
            tokens.adjust(estimatedTokens - actualTokens, now);
        }
    }

    /** An attempt of {@code request} failed; a {@code Retry-After} pauses the whole endpoint, not just that request. */
    void failed(Flight flight, ProviderException failure, RequestStrikes request, Duration pauseCap, long now) {
        land(flight);
        if (failure.status() == 429) {
            concurrency.onRateLimited(flight, admissions, now);
        }
        breaker.onFailure(now, failure, request, flight.admission);
        failure.retryAfter().ifPresent(wait -> pause(wait, pauseCap, now));
    }

    /** The attempt ended without telling anything about the endpoint (e.g. the thread was interrupted). */
    void abandoned(Flight flight) {
        land(flight);
        breaker.onInconclusive();
    }

    private void land(Flight flight) {
        if (!flights.remove(flight)) {
            throw new IllegalStateException("a request left " + id + " twice");
        }
        inFlight--;
    }

    /** A pause the server asked for, shortened to {@code cap}: a longer one would stall the run. */
    void pause(Duration wait, Duration cap, long now) {
        long until = now + (wait.compareTo(cap) <= 0 ? wait : cap).toNanos();
        if (!paused || until - pausedUntil > 0) {
            pausedUntil = until;
            paused = true;
        }
    }

    long nanosUntilProbe(long now) {
        return breaker.nanosUntilProbe(now);
    }

    /** Open, and a probe has failed since it opened: a request that would wait for a probe fails instead. */
    boolean knownDown(long now) {
        return failsFast(now) && breaker.probeFailed();
    }

    CircuitOpenException circuitOpen(String provider, long now) {
        Duration probeIn = breaker.state() == CircuitBreaker.State.HALF_OPEN ? null : Duration.ofNanos(breaker.nanosUntilProbe(now));
        return new CircuitOpenException(provider, describe(), breaker.consecutiveFailures(), breaker.lastFailure(), probeIn);
    }

    EndpointStatus status(long now) {
        long pause = paused ? Math.max(0, pausedUntil - now) : 0;
        return new EndpointStatus(id, inFlight, concurrency.limited() ? concurrency.current(now) : 0, limits,
                Duration.ofNanos(pause), breaker.state().name(), breaker.consecutiveFailures());
    }

    /** Scheme, host, port and path: never user info or query (where secrets could hide). */
    String describe() {
        if (url == null) {
            return id;
        }
        return url.getScheme() + "://" + url.getHost() + (url.getPort() >= 0 ? ":" + url.getPort() : "")
                + (url.getPath() == null ? "" : url.getPath());
    }
}
