package dev.lingo.vm.schedule;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * Decides which waiting request goes next, to which endpoint. Waiters queue in ticket order (a
 * retried request keeps its first ticket, so it goes before newer ones); each endpoint serves its
 * waiters strictly in that order, so a large request is not starved by small ones. A waiter blocks
 * its own (virtual) thread only; it is woken when a slot frees or when the time it waits for (a
 * pause, a bucket refill) has come. One lock guards every gate: its sections are tiny.
 *
 * <p>A call the program made is in line from the moment it is submitted, not from when its worker
 * gets here: until it arrives, it keeps one free slot from any later call (a call started ahead of
 * the program must not take the slot of the program's own call because its worker ran first). Its
 * endpoint is not known yet, so it keeps a slot on every endpoint; and it keeps it for
 * {@link #HOLD_NANOS} at most, so a call held back elsewhere (a pack, a batch) cannot stall others.
 */
final class AdmissionControl {

    /** A safety net only: a waiter re-checks at least this often even if no one wakes it. */
    private static final long MAX_PARK_NANOS = TimeUnit.SECONDS.toNanos(1);

    /** How long a call on its way here may keep a slot from later calls. */
    static final long HOLD_NANOS = TimeUnit.MILLISECONDS.toNanos(250);

    private final ReentrantLock lock = new ReentrantLock();
    private final TreeSet<Waiter> waiters = new TreeSet<>();
    /** Calls submitted but not here yet. */
    private final CallsOnTheWay onTheWay;
    private final Set<EndpointGate> gates = new HashSet<>();
    private final LongSupplier clock;
    private final ProgressTracker progress;
    private long arrivals;
    private long pass;

    AdmissionControl(LongSupplier clock, ProgressTracker progress) {
        this.clock = clock;
        this.progress = progress;
        this.onTheWay = new CallsOnTheWay(lock, clock, HOLD_NANOS);
    }

    /**
     * A slot on one of {@code group}'s endpoints; fails fast with the breaker's error when all are open,
     * and with {@link CancelledBeforeSendingException} when every opcode {@code guard} stands for was
     * cancelled while it waited (see {@link #dropCancelled}).
     */
    Lease acquire(EndpointGroup group, String provider, long estimatedTokens, long ticket, SendGuard guard) throws InterruptedException {
        lock.lock();
        try {
            group.members().forEach(m -> gates.add(m.gate()));
            Waiter w = new Waiter(group, estimatedTokens, ticket, arrivals++, lock.newCondition(), guard, BreakerPatience.patient());
            waiters.add(w);
            guard.arrived(); // after joining the queue: the slot it held is not handed to a later call meanwhile
            try {
                dispatch(clock.getAsLong());
                while (w.granted == null && !w.failFast && !w.dropped) {
                    long now = clock.getAsLong();
                    // not reached by the last pass: earlier waiters hold its endpoints, and their progress wakes it
                    boolean timed = w.seenInPass == pass && !w.waitsForSlot;
                    long park = timed ? Math.min(MAX_PARK_NANOS, w.wakeAt - now) : MAX_PARK_NANOS;
                    if (park > 0) {
                        w.sleepingUntil = now + park;
                        w.asleep = true;
                        w.wakeup.awaitNanos(park);
                        w.asleep = false;
                    }
                    dispatch(clock.getAsLong());
                }
            } catch (InterruptedException e) {
                if (w.granted != null) { // admitted while being interrupted: give the slot back
                    w.granted.gate().abandoned(w.flight);
                    progress.inFlight(-1);
                    dispatch(clock.getAsLong());
                }
                throw e;
            } finally {
                waiters.remove(w);
            }
            if (w.dropped) {
                throw new CancelledBeforeSendingException();
            }
            long now = clock.getAsLong();
            if (w.failFast) {
                throw group.soonestProbe(now).circuitOpen(provider, now);
            }
            return new Lease(this, w.granted, w.flight, estimatedTokens);
        } finally {
            lock.unlock();
        }
    }

    /** A call has its place {@code order} in line and is on its way here. */
    void expect(long order) {
        onTheWay.expect(order);
    }

    /** The call at {@code order} arrived, or will not come (answered, cancelled, joined another): its slot is free again. */
    void arrived(long order) {
        onTheWay.arrived(order, () -> {
            if (!waiters.isEmpty()) {
                dispatch(clock.getAsLong());
            }
        });
    }

    /** Runs {@code change} on a gate under the lock, then lets the next waiters in. */
    void release(Runnable change) {
        lock.lock();
        try {
            change.run();
            progress.inFlight(-1);
            dispatch(clock.getAsLong());
        } finally {
            lock.unlock();
        }
    }

    /** Wakes the waiters whose opcodes were all cancelled, so they leave the queue (and give their budget back) now. */
    void dropCancelled() {
        lock.lock();
        try {
            for (Iterator<Waiter> it = waiters.iterator(); it.hasNext(); ) {
                Waiter w = it.next();
                if (w.guard.cancelled()) {
                    w.dropped = true;
                    it.remove();
                    w.wakeup.signal();
                }
            }
        } finally {
            lock.unlock();
        }
    }

    long now() {
        return clock.getAsLong();
    }

    List<EndpointStatus> status(Collection<EndpointGate> of) {
        lock.lock();
        try {
            long now = clock.getAsLong();
            return of.stream().map(g -> g.status(now)).sorted(Comparator.comparing(EndpointStatus::id)).toList();
        } finally {
            lock.unlock();
        }
    }

    /** Admits waiters in order while endpoints have room; tells the rest when to look again. */
    private void dispatch(long now) {
        pass++;
        onTheWay.expire(now);
        Set<EndpointGate> blocked = new HashSet<>();
        for (Iterator<Waiter> it = waiters.iterator(); it.hasNext() && blocked.size() < gates.size(); ) {
            Waiter w = it.next();
            w.seenInPass = pass;
            if (w.group.allFailFast(now) && w.patient && !w.group.allKnownDown(now)) {
                // nothing to fall back to: wait for the probe (woken when it ends) rather than fail at once
                long probeIn = w.group.soonestProbe(now).nanosUntilProbe(now);
                w.waitsForSlot = false;
                w.wakeAt = now + (probeIn > 0 ? probeIn : MAX_PARK_NANOS);
                continue;
            }
            if (w.group.allFailFast(now)) {
                w.failFast = true;
                it.remove();
                w.wakeup.signal();
                continue;
            }
            int kept = onTheWay.before(w.ticket, w.group.mostRoom(now));
            EndpointGroup.Member m = w.group.leastInFlight(w.tokens, now, blocked, kept);
            if (m != null) {
                w.flight = m.gate().admit(w.tokens, now);
                progress.inFlight(+1);
                w.granted = m;
                it.remove();
                w.wakeup.signal();
                continue;
            }
            long wait = w.group.nanosUntilAdmissible(w.tokens, now, blocked);
            if (wait == 0 && !onTheWay.isEmpty()) { // a slot is free but kept for an earlier call on its way: look again when its hold ends
                wait = Math.max(1, onTheWay.firstHoldEnd() - now);
            }
            w.group.members().forEach(g -> blocked.add(g.gate()));
            w.waitsForSlot = wait == EndpointGate.WHEN_A_SLOT_FREES;
            w.wakeAt = now + (w.waitsForSlot ? 0 : wait);
            if (w.asleep && !w.waitsForSlot && w.wakeAt - w.sleepingUntil < 0) {
                w.wakeup.signal(); // it sleeps longer than it needs to: let it re-arm
            }
        }
    }

    /** One request waiting for a slot. */
    private static final class Waiter implements Comparable<Waiter> {
        final EndpointGroup group;
        final long tokens;
        final long ticket;
        final long arrival;
        final Condition wakeup;
        final SendGuard guard;
        boolean waitsForSlot = true;
        long wakeAt;
        boolean asleep;
        long sleepingUntil;
        EndpointGroup.Member granted;
        Flight flight;
        long seenInPass = -1;
        boolean failFast;
        boolean dropped;
        final boolean patient;

        Waiter(EndpointGroup group, long tokens, long ticket, long arrival, Condition wakeup, SendGuard guard, boolean patient) {
            this.patient = patient;
            this.group = group;
            this.tokens = tokens;
            this.ticket = ticket;
            this.arrival = arrival;
            this.wakeup = wakeup;
            this.guard = guard;
        }

        @Override
        public int compareTo(Waiter o) {
            int c = Long.compare(ticket, o.ticket);
            return c != 0 ? c : Long.compare(arrival, o.arrival);
        }
    }
}
