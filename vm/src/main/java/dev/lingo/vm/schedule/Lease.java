package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.ProviderException;
import java.time.Duration;

/** One admitted attempt: which endpoint to call, and how to hand the slot back with what was learned. */
final class Lease {

    private final AdmissionControl admission;
    private final EndpointGroup.Member member;
    private final Flight flight;
    private final long estimatedTokens;
    private boolean released;

    Lease(AdmissionControl admission, EndpointGroup.Member member, Flight flight, long estimatedTokens) {
        this.admission = admission;
        this.member = member;
        this.flight = flight;
        this.estimatedTokens = estimatedTokens;
    }

    Provider provider() {
        return member.provider();
    }

    String endpoint() {
        return member.gate().describe();
    }

    /**
     * The request was answered. When its headers say a rate limit is now used up ({@code limitedFor}
     * non-null), the endpoint pauses until it resets (at most {@code pauseCap}), so the next requests
     * wait there instead of collecting 429s.
     */
    void succeeded(long actualTokens, Duration limitedFor, Duration pauseCap) {
        release(() -> {
            long now = admission.now();
            member.gate().succeeded(flight, estimatedTokens, actualTokens, now);
            if (limitedFor != null) {
                member.gate().pause(limitedFor, pauseCap, now);
            }
        });
    }

    void failed(ProviderException failure, RequestStrikes request, Duration pauseCap) {
        release(() -> member.gate().failed(flight, failure, request, pauseCap, admission.now()));
    }

    void abandoned() {
        release(() -> member.gate().abandoned(flight));
    }

    private void release(Runnable change) {
        if (released) {
            throw new IllegalStateException("a lease is released once");
        }
        released = true;
        admission.release(change);
    }
}
