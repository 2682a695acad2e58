package dev.lingo.vm.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * The opcodes a request is sent for: one worker's own, or several when identical requests share one
 * call or short ones share a pack. The request is sent if at least one of them still wants it
 * ({@link #claim}, as late as possible: after the admission slot is granted); when all were
 * cancelled it is not sent at all. Code that sends binds its guard ({@link #bound}) and
 * {@link ScheduledProvider} finds it there; a request sent with no guard bound (a tool, a test) is
 * always sent.
 */
public final class SendGuard {

    private static final ScopedValue<SendGuard> CURRENT = ScopedValue.newInstance();
    private static final SendGuard ALWAYS = new SendGuard(List.of(), true);

    private final List<CallTicket> tickets;
    /** Wanted by someone outside the machine's opcodes: sent whatever the tickets say. */
    private final boolean always;

    private SendGuard(List<CallTicket> tickets, boolean always) {
        this.tickets = new ArrayList<>(tickets);
        this.always = always;
    }

    public static SendGuard of(CallTicket ticket) {
        return new SendGuard(List.of(ticket), false);
    }

    /** A guard for one request made for all of {@code guards} (their tickets as they are now). */
    public static SendGuard allOf(Collection<SendGuard> guards) {
        List<CallTicket> all = new ArrayList<>();
        guards.forEach(g -> all.addAll(g.tickets()));
        return new SendGuard(all, guards.stream().anyMatch(g -> g.always));
    }

    /** The guard bound on this thread, or one that always sends. */
    public static SendGuard current() {
        return CURRENT.isBound() ? CURRENT.get() : ALWAYS;
    }

    /** Runs {@code work} with this guard bound for the requests it sends. */
    public <T> T bound(Supplier<T> work) {
        return ScopedValue.where(CURRENT, this).call(work::get);
    }

    /** {@code other}'s opcodes now want this request too; if it was sent already, so were they. */
    public void join(SendGuard other) {
        List<CallTicket> added = other.tickets();
        added.forEach(CallTicket::arrived); // they travel with this request now, not on their own
        synchronized (this) {
            tickets.addAll(added);
            if (always || tickets.stream().anyMatch(CallTicket::sent)) {
                added.forEach(CallTicket::claim);
            }
        }
    }

    /**
     * The earliest place in line of the opcodes this request is for, or -1: a worker that reaches
     * the endpoint first must not overtake a call the program made before it.
     */
    public synchronized long order() {
        long first = -1;
        for (CallTicket t : tickets) {
            long o = t.order();
            if (o >= 0 && (first < 0 || o < first)) {
                first = o;
            }
        }
        return first;
    }

    /**
     * This request reached the budget (or a batch job that reserves it on its own): its opcodes no
     * longer keep a share of it from later calls.
     */
    public void reachedBudget() {
        tickets().forEach(CallTicket::reachedBudget);
    }

    /** This request reached the admission: its opcodes no longer hold slots from afar. */
    void arrived() {
        tickets().forEach(CallTicket::arrived);
    }

    /** Every opcode this request is for was cancelled before it was sent. */
    public synchronized boolean cancelled() {
        return !always && !tickets.isEmpty() && tickets.stream().allMatch(CallTicket::cancelled);
    }

    /** Marks the request sent for every opcode still waiting; false (send nothing) when none still wants it. */
    public boolean claim() {
        arrived(); // outside this guard's lock: the admission's lock is taken before it, never under it
        synchronized (this) {
            boolean wanted = always || tickets.isEmpty();
            for (CallTicket t : tickets) {
                wanted |= t.claim();
            }
            return wanted;
        }
    }

    private synchronized List<CallTicket> tickets() {
        return List.copyOf(tickets);
    }
}
