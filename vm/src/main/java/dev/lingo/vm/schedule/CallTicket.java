package dev.lingo.vm.schedule;

import java.util.concurrent.atomic.AtomicReference;

/**
 * Whether one submitted opcode's request has been sent: it starts out waiting and ends sent,
 * cancelled (never sent) or finished without sending (a cache hit, a shared answer, a failure
 * before sending). Only a waiting ticket can be cancelled; once sent, a call runs to its end. The
 * hook runs once, when the ticket stops waiting (the machine counts unsent calls with it).
 */
public final class CallTicket {

    private enum State { WAITING, SENT, CANCELLED, FINISHED }

    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private final Runnable stoppedWaiting;
    /** The call's place in the program's order (-1: none): admission serves earlier calls first. */
    private volatile long order = -1;
    /** The admission that keeps a slot for this call while it is on its way there (null: none). */
    private volatile AdmissionControl line;
    /** The budget that keeps this call's share while it is on its way there (null: none). */
    private volatile BudgetGuard budgetLine;

    public CallTicket(Runnable stoppedWaiting) {
        this.stoppedWaiting = stoppedWaiting;
    }

    /**
     * Places this call in {@code admission}'s and {@code budget}'s lines: until it arrives there or
     * stops waiting, it may hold a free slot and its share of the budget.
     */
    void expectedBy(AdmissionControl admission, BudgetGuard budget, long place) {
        order = place;
        line = admission;
        budgetLine = budget;
        admission.expect(place);
        budget.expect(place);
    }

    /** Its request reached the budget (or will never need it): later calls may have what it did not take. */
    void reachedBudget() {
        BudgetGuard b = budgetLine;
        if (b != null) {
            budgetLine = null;
            b.arrived(order);
        }
    }

    /** It reached the admission (or joined a request that will): it no longer holds a slot from afar. */
    void arrived() {
        reachedBudget();
        AdmissionControl l = line;
        if (l != null) {
            line = null;
            l.arrived(order);
        }
    }

    long order() {
        return order;
    }

    /** True when this call had not been sent and now never will be. */
    public boolean cancel() {
        return leave(State.CANCELLED);
    }

    /** The call ended; if nothing was sent for it, it no longer waits. */
    public void finish() {
        leave(State.FINISHED);
    }

    public boolean sent() {
        return state.get() == State.SENT;
    }

    public boolean cancelled() {
        return state.get() == State.CANCELLED;
    }

    /** Marks the ticket sent, unless it was cancelled or finished: true when a request may go out for it. */
    boolean claim() {
        return leave(State.SENT) || sent();
    }

    private boolean leave(State to) {
        if (state.compareAndSet(State.WAITING, to)) {
            arrived();
            stoppedWaiting.run();
            return true;
        }
        return false;
    }
}
