package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.Provider;
import java.util.List;
import java.util.Set;

/**
 * The endpoints that serve one model (several base URLs load-balance it), each with its provider
 * client. Guarded by {@link AdmissionControl}'s lock, like the gates.
 */
final class EndpointGroup {

    /** One endpoint of the group: the gate it shares with other groups, and the client that calls it. */
    record Member(EndpointGate gate, Provider provider) {
    }

    private final List<Member> members;
    private int rotation;

    EndpointGroup(List<Member> members) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a model needs at least one endpoint");
        }
        this.members = List.copyOf(members);
    }

    List<Member> members() {
        return members;
    }

    /**
     * The admissible member with the fewest requests in flight; ties go round-robin, so even
     * one-at-a-time calls spread over the endpoints. Null when none is admissible now. Endpoints in
     * {@code skip} are kept for requests queued earlier; {@code kept} free slots of each endpoint are
     * kept for earlier calls on their way to the admission.
     */
    Member leastInFlight(long estimatedTokens, long now, Set<EndpointGate> skip, int kept) {
        Member best = null;
        int n = members.size();
        for (int i = 0; i < n; i++) {
            Member m = members.get((rotation + i) % n);
            if (skip.contains(m.gate()) || m.gate().failsFast(now) || m.gate().room(now) <= kept
                            || m.gate().nanosUntilAdmissible(estimatedTokens, now) != 0) {
                continue;
            }
            if (best == null || m.gate().inFlight() < best.gate().inFlight()) {
                best = m;
            }
        }
        if (best != null) {
            rotation = (members.indexOf(best) + 1) % n;
        }
        return best;
    }

    /** The most free slots any of its endpoints has now. */
    int mostRoom(long now) {
        int most = 0;
        for (Member m : members) {
            most = Math.max(most, m.gate().room(now));
        }
        return most;
    }

    /** Every endpoint's breaker is open: waiting cannot help, the request should fail now. */
    boolean allFailFast(long now) {
        return members.stream().allMatch(m -> m.gate().failsFast(now));
    }

    /** Every endpoint's breaker is open and has failed a probe since: not even a patient request waits. */
    boolean allKnownDown(long now) {
        return members.stream().allMatch(m -> m.gate().knownDown(now));
    }

    /**
     * How soon (relative to now) a non-failing endpoint outside {@code skip} may admit the request;
     * {@link EndpointGate#WHEN_A_SLOT_FREES} when only a finishing request can make room.
     */
    long nanosUntilAdmissible(long estimatedTokens, long now, Set<EndpointGate> skip) {
        long soonest = EndpointGate.WHEN_A_SLOT_FREES;
        for (Member m : members) {
            if (!skip.contains(m.gate()) && !m.gate().failsFast(now)) {
                soonest = Math.min(soonest, m.gate().nanosUntilAdmissible(estimatedTokens, now));
            }
        }
        return soonest;
    }

    /** The open endpoint whose probe comes first, to name in the fail-fast error. */
    EndpointGate soonestProbe(long now) {
        EndpointGate soonest = members.getFirst().gate();
        for (Member m : members) {
            if (m.gate().nanosUntilProbe(now) < soonest.nanosUntilProbe(now)) {
                soonest = m.gate();
            }
        }
        return soonest;
    }
}
