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

    void succeeded(long actualTokens) {
        release(() -> member.gate().succeeded(flight, estimatedTokens, actualTokens, admission.now()));
    }

    void failed(ProviderException failure, Duration pauseCap) {
        release(() -> member.gate().failed(flight, failure, pauseCap, admission.now()));
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
