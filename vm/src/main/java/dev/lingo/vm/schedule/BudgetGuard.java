package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.Usage;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Enforces a {@link RunBudget} before every request: what was spent, plus what requests in flight
 * are expected to spend, plus this request's estimate, must stay within each limit. Requests in
 * flight hold a reservation that is replaced by their real usage when they are answered, or given
 * back when they fail (a 429 or a server error is not billed, so it is not a call of the budget).
 *
 * <p>The budget goes to calls in the program's order, not in the order their workers get here: a
 * call submitted earlier that is still on its way (see {@link #expect}) is assumed to need as much
 * as the call that asks now, and while the rest of the budget would not cover both, the later call
 * waits for it. An earlier call keeps its claim for {@link #HOLD_NANOS} at most, so one held back
 * elsewhere (a batch job) cannot stall later ones for long. Thread-safe.
 */
final class BudgetGuard {

    /** How long a call on its way here may keep its share of the budget from later calls. */
    static final long HOLD_NANOS = TimeUnit.SECONDS.toNanos(5);
    /** A safety net: a waiter re-checks (cancelled, holds run out) at least this often. */
    private static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final LongSupplier clock;
    /** Calls submitted that have not reached the budget yet. */
    private final CallsOnTheWay onTheWay;
    private volatile RunBudget budget;
    private long calls;
    private long tokens;
    private double cost;
    private long reservedCalls;
    private long reservedTokens;
    private double reservedCost;

    BudgetGuard(RunBudget budget, LongSupplier clock) {
        this.budget = budget;
        this.clock = clock;
        this.onTheWay = new CallsOnTheWay(lock, clock, HOLD_NANOS);
    }

    void set(RunBudget newBudget) {
        this.budget = newBudget;
        wakeAll();
    }

    RunBudget budget() {
        return budget;
    }

    /** The call at {@code order} was submitted: later calls leave it its share until it arrives. */
    void expect(long order) {
        onTheWay.expect(order);
    }

    /** The call at {@code order} reached the budget, or will never need it (answered, cancelled, joined another). */
    void arrived(long order) {
        onTheWay.arrived(order, changed::signalAll);
    }

    /** Wakes waiters so they look again (a call was cancelled, the budget changed). */
    void wakeAll() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Holds the estimate for one request of the call at {@code order} (-1: not in line, never waits),
     * waiting while earlier calls on their way may need what is left; throws if it would pass a limit.
     *
     * @throws CancelledBeforeSendingException when {@code cancelled} becomes true while it waits
     */
    Reservation reserve(String model, TokenEstimate estimate, double estimatedCost, long order, BooleanSupplier cancelled)
            throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                RunBudget b = budget;
                refuseIfOver(b, model, estimate, estimatedCost);
                int ahead = order < 0 ? 0 : earlierOnTheWay(order);
                if (fits(b, estimate, estimatedCost, 1 + ahead)) {
                    reservedCalls++;
                    reservedTokens += estimate.total();
                    reservedCost += estimatedCost;
                    return new Reservation(estimate.total(), estimatedCost);
                }
                if (cancelled.getAsBoolean()) {
                    throw new CancelledBeforeSendingException();
                }
                long untilHoldEnds = onTheWay.isEmpty() ? MAX_PARK_NANOS : onTheWay.firstHoldEnd() - clock.getAsLong();
                changed.awaitNanos(Math.max(1, Math.min(MAX_PARK_NANOS, untilHoldEnds)));
            }
        } finally {
            lock.unlock();
        }
    }

    /** The request was not sent after all, or failed without an answer (not billed): its share is free again. */
    void cancel(Reservation r) {
        lock.lock();
        try {
            unreserve(r);
        } finally {
            lock.unlock();
        }
    }

    /** The request was answered: one call of the budget, and its real usage replaces the estimate. */
    void settle(Reservation r, Usage usage, double actualCost) {
        lock.lock();
        try {
            unreserve(r);
            calls++;
            tokens += usage.inputTokens() + usage.outputTokens();
            cost += actualCost;
        } finally {
            lock.unlock();
        }
    }

    /** A request already paid for (a job a stopped run started): counted, never refused. */
    void charge(Usage usage, double actualCost) {
        lock.lock();
        try {
            calls++;
            tokens += usage.inputTokens() + usage.outputTokens();
            cost += actualCost;
        } finally {
            lock.unlock();
        }
    }

    /** This request alone would pass a limit: refused at once (calls in flight keep their share). */
    private void refuseIfOver(RunBudget b, String model, TokenEstimate estimate, double estimatedCost) {
        if (b.maxCalls() != null && calls + reservedCalls + 1 > b.maxCalls()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.CALLS, "Not calling " + model + ": the run's budget of "
                    + b.maxCalls() + (b.maxCalls() == 1 ? " model call" : " model calls") + " is used up (raise it with --max-calls or budget.maxCalls in lingo.json"
                    + (reservedCalls > 0 ? "; " + reservedCalls + " of them are calls in flight" : "") + ")");
        }
        if (b.maxTokens() != null && tokens + reservedTokens + estimate.total() > b.maxTokens()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.TOKENS, String.format(Locale.ROOT,
                    "Not calling %s: about %d more tokens would pass the run's budget of %d tokens (%d used, %d expected"
                            + " by calls in flight; raise it with --max-tokens or budget.maxTokens in lingo.json)",
                    model, estimate.total(), b.maxTokens(), tokens, reservedTokens));
        }
        if (b.maxCost() != null && cost + reservedCost + estimatedCost > b.maxCost()) {
            throw new ModelBudgetException(ModelBudgetException.Limit.COST, String.format(Locale.ROOT,
                    "Not calling %s: about $%.6f more would pass the run's budget of $%.6f ($%.6f spent, $%.6f expected"
                            + " by calls in flight; raise it with --max-cost or budget.maxCost in lingo.json)",
                    model, estimatedCost, b.maxCost(), cost, reservedCost));
        }
    }

    /** Whether {@code n} requests like this one fit in what is left of every limit. */
    private boolean fits(RunBudget b, TokenEstimate estimate, double estimatedCost, int n) {
        return (b.maxCalls() == null || calls + reservedCalls + n <= b.maxCalls())
                && (b.maxTokens() == null || tokens + reservedTokens + n * estimate.total() <= b.maxTokens())
                && (b.maxCost() == null || cost + reservedCost + n * estimatedCost <= b.maxCost());
    }

    /** Calls placed before {@code order} that have not reached the budget and whose hold has not run out. */
    private int earlierOnTheWay(long order) {
        onTheWay.expire(clock.getAsLong());
        return onTheWay.before(order, Integer.MAX_VALUE);
    }

    private void unreserve(Reservation r) {
        reservedCalls--;
        reservedTokens -= r.tokens();
        reservedCost -= r.cost();
        changed.signalAll();
    }

    record Reservation(long tokens, double cost) {
    }
}
