package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.MalformedResponseException;
import dev.lingo.vm.provider.ProviderException;

/**
 * Stops calling an endpoint that keeps failing: after {@code failureThreshold} requests in a row
 * failed, it opens and requests fail fast (so a fallback chain moves on at once); after the
 * cool-down one probe request is let through; its success closes the breaker, its failure opens it
 * again. What counts is decided in {@link #onFailure(long, ProviderException, RequestStrikes, long)}:
 * failures that say "the server is unwell" (5xx, timeouts, dropped connections), once per request
 * however often it is retried, and only when no request sent after it has been answered since (hung
 * requests timing out together after the server answered later ones say nothing new). Not thread-safe: {@link AdmissionControl}'s lock guards it. Times
 * are {@link System#nanoTime()} values.
 */
final class CircuitBreaker {

    enum State { CLOSED, OPEN, HALF_OPEN }

    private final BreakerPolicy policy;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openUntil;
    private boolean probing;
    private boolean probeFailed;
    private String lastFailure;
    /** The admission number of the latest-sent request the server answered. */
    private long answeredUpTo;

    CircuitBreaker(BreakerPolicy policy) {
        this.policy = policy;
    }

    /** Whether a request may go now: closed, or a probe is due. */
    boolean admits(long now) {
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> now - openUntil >= 0;
            case HALF_OPEN -> !probing;
        };
    }

    /** Called when a request is let through; after the cool-down it becomes the probe. */
    void onAdmit(long now) {
        if (state == State.OPEN && now - openUntil >= 0) {
            state = State.HALF_OPEN;
        }
        if (state == State.HALF_OPEN) {
            probing = true;
        }
    }

    /** The request admitted as {@code admission} was answered. */
    void onAnswered(long admission) {
        answeredUpTo = Math.max(answeredUpTo, admission);
        onHealthy();
    }

    void onHealthy() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        probing = false;
        probeFailed = false;
    }

    /**
     * An attempt of {@code request} failed. A 429, a 4xx (413 "too large" too) or a refusal is an
     * answer from a healthy server; an unreadable answer is about that answer, not the server, and
     * counts neither way; anything else counts against the endpoint, once per request: one item
     * that always fails must not open the breaker for every other item. A failure of a request sent
     * before one the server has answered since is no news about the server either.
     */
    void onFailure(long now, ProviderException failure, RequestStrikes request, long admission) {
        if (admission < answeredUpTo) {
            return; // stale: the probe, if one is out, was sent later and is still out
        }
        if (failure instanceof MalformedResponseException) {
            onInconclusive();
        } else if (!failure.retryable() || failure.status() == 429) {
            onHealthy();
        } else {
            onServerFailure(now, failure.getMessage(), request.firstAt(this));
        }
    }

    /** The server failed a request; {@code newRequest} is false for a retry of one already counted. */
    void onServerFailure(long now, String description, boolean newRequest) {
        lastFailure = description;
        if (newRequest) {
            consecutiveFailures++;
        }
        boolean probeLost = state == State.HALF_OPEN && probing;
        probeFailed |= probeLost;
        probing = false;
        if (probeLost || newRequest && policy.failureThreshold() > 0 && consecutiveFailures >= policy.failureThreshold()) {
            state = State.OPEN;
            openUntil = now + policy.coolDown().toNanos();
        }
    }

    /** An attempt that told nothing about the server's health (e.g. cancelled): a probe may go again. */
    void onInconclusive() {
        probing = false;
    }

    /** Whether a probe has failed since the breaker last closed: the endpoint is down, not having a bad moment. */
    boolean probeFailed() {
        return probeFailed;
    }

    State state() {
        return state;
    }

    int consecutiveFailures() {
        return consecutiveFailures;
    }

    String lastFailure() {
        return lastFailure;
    }

    /** Time left in the cool-down, zero once a probe is due. */
    long nanosUntilProbe(long now) {
        return state == State.OPEN ? Math.max(0, openUntil - now) : 0;
    }
}
