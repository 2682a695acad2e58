package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.ModelPrice;
import dev.lingo.vm.trace.PriceTable;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * The request scheduler of one run: every provider request of the run goes through it. It keeps
 * one {@link EndpointGate} per endpoint (limits, pauses, circuit breaker), admits waiting requests
 * to the least busy endpoint of their model, retries what may be retried, and holds the run's
 * budget. Plain Java, thread-safe, built for many virtual threads blocking in it at once.
 */
public final class Scheduler {

    private final SchedulerSettings settings;
    private final PriceTable prices;
    private final ProgressTracker progress;
    private final Consumer<String> notices;
    private final LongSupplier clock;
    private final AdmissionControl admission;
    private final BudgetGuard budget;
    private final TokenEstimator estimator = new TokenEstimator();
    private final Map<String, EndpointGate> gates = new ConcurrentHashMap<>();
    private final AtomicLong tickets = new AtomicLong();
    private final Set<String> noticed = ConcurrentHashMap.newKeySet();

    public Scheduler(SchedulerSettings settings, PriceTable prices, ProgressTracker progress, Consumer<String> notices) {
        this(settings, prices, progress, notices, System::nanoTime);
    }

    Scheduler(SchedulerSettings settings, PriceTable prices, ProgressTracker progress, Consumer<String> notices,
              LongSupplier clock) {
        this.settings = settings;
        this.prices = prices;
        this.progress = progress;
        this.notices = notices;
        this.clock = clock;
        this.admission = new AdmissionControl(clock, progress);
        this.budget = new BudgetGuard(settings.budget(), clock);
    }

    /**
     * One endpoint of a model: a provider client for it and where it lives.
     *
     * @param provider the provider's kind ({@code openai}, {@code local}, …): picks default limits
     * @param url      the base URL, or null for in-process models
     * @param id       the endpoint's identity, e.g. {@code openai http://127.0.0.1:8080/v1}; models
     *                 naming the same id share its limits, pauses and breaker
     */
    public record Target(String provider, URI url, String id, Provider client) {
    }

    /** A provider that sends every request through this scheduler, over one or more endpoints. */
    public ScheduledProvider provider(List<Target> targets) {
        List<EndpointGroup.Member> members = new ArrayList<>();
        for (Target t : targets) {
            EndpointGate gate = gates.computeIfAbsent(t.id(), id -> new EndpointGate(id, t.url(),
                    settings.limitsFor(t.provider(), t.url()), settings.breaker(), clock.getAsLong()));
            members.add(new EndpointGroup.Member(gate, t.client()));
        }
        String identity = targets.size() == 1 ? targets.getFirst().id() : targets.getFirst().provider() + " "
                + String.join(",", targets.stream().map(t -> t.url() == null ? t.id() : t.url().toString()).sorted().toList());
        return new ScheduledProvider(this, new EndpointGroup(members), identity);
    }

    /** Sets the run's budget (e.g. from command-line flags); requests already sent are not affected. */
    public void budget(RunBudget newBudget) {
        budget.set(newBudget);
    }

    public RunBudget budget() {
        return budget.budget();
    }

    /**
     * Reserves a request sent outside the scheduler (a line of a Batch API job) against the run's
     * budget exactly as a scheduled call is: one call, its estimated tokens, and its estimated cost
     * at {@code priceFactor} of the model's price.
     *
     * @throws ModelBudgetException when the request would pass a limit
     */
    public BudgetHold reserve(String provider, ModelRequest request, StructuredSchema schema, double priceFactor) {
        String model = provider + "/" + request.model();
        TokenEstimate estimate = estimator.estimate(model, request, schema);
        double cost = estimatedCost(provider, request.model(), estimate) * priceFactor;
        try {
            return new BudgetHold(this, budget.reserve(model, estimate, cost, -1, () -> false), model, request, schema);
        } catch (InterruptedException e) { // not in line: it never waits
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Counts a request sent outside the scheduler that was paid for earlier (a job a stopped run started): never refused. */
    public void charge(Usage usage, double cost) {
        budget.charge(usage, cost);
    }

    /** What a request of this size should cost at the model's list price; an unpriced model counts as free (said once). */
    double estimatedCost(String provider, String model, TokenEstimate estimate) {
        Optional<ModelPrice> price = prices.lookup(provider, model);
        if (price.isEmpty() && budget().maxCost() != null) {
            noticeOnce("unpriced " + provider + "/" + model, "lingo: no price is known for " + provider + "/" + model
                    + ", so the cost budget counts it as free; add it to \"prices\" in lingo.json");
        }
        return price.map(p -> p.cost(new Usage(estimate.input(), estimate.output(), 0, 0))).orElse(0.0);
    }

    /** Opcodes were cancelled: requests waiting for a slot only for them leave the queue now. */
    public void dropCancelledWaiters() {
        admission.dropCancelled();
        budget.wakeAll();
    }

    /** The most requests any endpoint used so far may have in flight at once (0 when none is used yet or all are unlimited). */
    public int largestConcurrency() {
        return gates.values().stream().mapToInt(g -> g.limits().maxConcurrent()).max().orElse(0);
    }

    public List<EndpointStatus> endpoints() {
        return admission.status(gates.values());
    }

    public ProgressTracker progress() {
        return progress;
    }

    SchedulerSettings settings() {
        return settings;
    }

    PriceTable prices() {
        return prices;
    }

    AdmissionControl admission() {
        return admission;
    }

    BudgetGuard budgetGuard() {
        return budget;
    }

    TokenEstimator estimator() {
        return estimator;
    }

    /** The next place in line for admission; calls take theirs when submitted, in program order. */
    public long nextTicket() {
        return tickets.getAndIncrement();
    }

    /**
     * Gives {@code ticket} the next place in line, on the thread that submits it (program order).
     * Until its worker reaches the admission, a free slot is kept for it rather than given to a later
     * call that gets there first (for a short while at most: see {@link AdmissionControl#expect}); and
     * its share of the budget is kept for it likewise (see {@link BudgetGuard}).
     */
    public void enqueue(CallTicket ticket) {
        ticket.expectedBy(admission, budget, nextTicket());
    }

    /** Prints {@code text} once per run for each {@code topic}. */
    void noticeOnce(String topic, String text) {
        if (noticed.add(topic)) {
            notices.accept(text);
        }
    }
}
