package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A free slot goes to the call the program made first, even when a later call's worker reaches the
 * admission before it: the earlier call holds its slot from the moment it is placed in line, until
 * it arrives, stops waiting, or its hold runs out. Driven by an explicit clock.
 */
class AdmissionOrderTest {

    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final AdmissionControl admission = new AdmissionControl(clock::get, new ProgressTracker());

    private static EndpointGroup oneSlot() {
        EndpointGate gate = new EndpointGate("openai http://h/v1", null, new EndpointLimits(1, 0, 0), BreakerPolicy.DEFAULT, 0);
        return new EndpointGroup(List.of(new EndpointGroup.Member(gate, null)));
    }

    private CallTicket placed(long order) {
        CallTicket t = new CallTicket(() -> { });
        t.expectedBy(admission, new BudgetGuard(RunBudget.UNLIMITED, clock::get), order);
        return t;
    }

    private CompletableFuture<Lease> arrive(EndpointGroup group, CallTicket ticket, long order) {
        SendGuard guard = SendGuard.of(ticket);
        return acquiring(group, order, guard);
    }

    /** Each worker on its own thread, as in the machine (a pool thread blocked here would hold up the next). */
    private CompletableFuture<Lease> acquiring(EndpointGroup group, long order, SendGuard guard) {
        CompletableFuture<Lease> lease = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                lease.complete(admission.acquire(group, "openai", 1, order, guard));
            } catch (InterruptedException | RuntimeException e) {
                lease.completeExceptionally(e);
            }
        });
        return lease;
    }

    private static Lease within(CompletableFuture<Lease> f) throws Exception {
        return f.get(5, TimeUnit.SECONDS);
    }

    private static boolean stillWaits(CompletableFuture<Lease> f) throws Exception {
        try {
            f.get(150, TimeUnit.MILLISECONDS);
            return false;
        } catch (TimeoutException e) {
            return true;
        }
    }

    @Test
    void aLaterCallThatArrivesFirstLeavesTheFreeSlotToTheEarlierOne() throws Exception {
        EndpointGroup group = oneSlot();
        CallTicket first = placed(0);
        CallTicket ahead = placed(1);

        CompletableFuture<Lease> aheadLease = arrive(group, ahead, 1);
        assertTrue(stillWaits(aheadLease), "the free slot is kept for the call placed before it");
        Lease firstLease = within(arrive(group, first, 0));
        assertTrue(stillWaits(aheadLease), "the one slot is taken by the earlier call");
        firstLease.succeeded(0, Duration.ZERO, Duration.ofMinutes(1));
        assertNotNull(within(aheadLease));
    }

    @Test
    void anEarlierCallThatStopsWaitingGivesItsSlotBackAtOnce() throws Exception {
        EndpointGroup group = oneSlot();
        CallTicket answeredFromTheCache = placed(0);
        CallTicket cancelled = placed(1);
        CallTicket later = placed(2);

        CompletableFuture<Lease> lease = arrive(group, later, 2);
        assertTrue(stillWaits(lease));
        answeredFromTheCache.finish();
        assertTrue(stillWaits(lease), "one earlier call is still on its way");
        assertTrue(cancelled.cancel());
        assertNotNull(within(lease), "no earlier call is on its way any more");
    }

    @Test
    void aCallThatNeverArrivesHoldsTheSlotOnlyForItsHold() throws Exception {
        EndpointGroup group = oneSlot();
        placed(0); // held back somewhere (a pack, a batch) and never seen here
        CompletableFuture<Lease> lease = arrive(group, placed(1), 1);
        assertTrue(stillWaits(lease));
        clock.addAndGet(AdmissionControl.HOLD_NANOS + 1);
        assertNotNull(within(lease), "the hold ran out");
    }

    @Test
    void aCallThatJoinedAnotherRequestHoldsNothingOfItsOwn() throws Exception {
        EndpointGroup group = oneSlot();
        CallTicket sharer = placed(0);
        CallTicket leader = placed(1);
        SendGuard leaders = SendGuard.of(leader);
        leaders.join(SendGuard.of(sharer)); // an identical request: it travels with the leader's now
        Lease lease = within(acquiring(group, leaders.order(), leaders));
        assertTrue(leaders.claim());
        assertTrue(sharer.sent() && leader.sent(), "both opcodes' request went out");
        lease.succeeded(0, Duration.ZERO, Duration.ofMinutes(1));
    }

    @Test
    void slotsBeyondThoseKeptGoToWhoeverArrives() throws Exception {
        EndpointGate gate = new EndpointGate("openai http://h/v1", null, new EndpointLimits(3, 0, 0), BreakerPolicy.DEFAULT, 0);
        EndpointGroup group = new EndpointGroup(List.of(new EndpointGroup.Member(gate, null)));
        placed(0);
        placed(1);
        CallTicket third = placed(2);
        Lease lease = within(arrive(group, third, 2));
        assertEquals(1, gate.inFlight(), "two of three slots kept for the calls before it, the third is its");
        CompletableFuture<Lease> fourth = arrive(group, placed(3), 3);
        assertTrue(stillWaits(fourth), "nothing left for a fourth");
        clock.addAndGet(AdmissionControl.HOLD_NANOS + 1);
        assertNotNull(within(fourth), "the holds ran out");
        assertEquals(2, gate.inFlight());
        lease.succeeded(0, Duration.ZERO, Duration.ofMinutes(1));
    }
}
