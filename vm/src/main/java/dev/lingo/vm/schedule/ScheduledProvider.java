package dev.lingo.vm.schedule;

import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.EmbeddingsUnsupportedException;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.ProviderConnectionException;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.ModelPrice;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.PerTypeMemo;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A model's provider as the rest of the VM sees it once scheduled: each {@link #complete} checks
 * the budget, waits for a slot on the least busy endpoint, calls it, and retries retryable failures
 * with backoff (see {@link RetryPolicy}); a request whose opcodes were all cancelled while it waited
 * is not sent ({@link SendGuard}: a retry of a request sent once is sent again); a {@code Retry-After}, or a success whose rate-limit headers
 * say a limit is used up, pauses the endpoint for everyone.
 * Wrapping the provider means {@link dev.lingo.vm.call.ModelCaller}'s re-asks go through all of it too.
 */
public final class ScheduledProvider implements Provider {

    private final Scheduler scheduler;
    private final EndpointGroup group;
    private final Provider first;
    private final String identity;
    private final PerTypeMemo<StructuredSchema> schemas;
    /** The prompt is shared by every endpoint of the group: it leaves the schema out only if none needs it. */
    private final boolean schemaInPrompt;

    ScheduledProvider(Scheduler scheduler, EndpointGroup group, String identity) {
        this.scheduler = scheduler;
        this.group = group;
        this.first = group.members().getFirst().provider();
        this.identity = identity;
        this.schemas = new PerTypeMemo<>(first::schemaFor);
        this.schemaInPrompt = group.members().stream().anyMatch(m -> m.provider().schemaInPrompt());
    }

    /** Who answers, for {@link RequestKey#endpoint()}: the provider and its base URL(s), sorted. */
    public String identity() {
        return identity;
    }

    @Override
    public String name() {
        return first.name();
    }

    @Override
    public SchemaProfile schemaProfile() {
        return first.schemaProfile();
    }

    @Override
    public boolean givesLogprobs() {
        return first.givesLogprobs();
    }

    @Override
    public boolean schemaInPrompt() {
        return schemaInPrompt;
    }

    @Override
    public StructuredSchema schemaFor(LingoType type) {
        return type == null ? first.schemaFor(null) : schemas.get(type);
    }

    @Override
    public ModelResponse complete(ModelRequest request) {
        RetryPolicy policy = scheduler.settings().retry();
        StructuredSchema schema = schemaFor(request.type());
        String model = name() + "/" + request.model();
        SendGuard guard = SendGuard.current();
        long order = guard.order();
        long ticket = order >= 0 ? order : scheduler.nextTicket(); // in line by when the program asked
        FailedAttempts failed = new FailedAttempts(policy);
        RequestStrikes strikes = new RequestStrikes();
        BudgetGuard budget = scheduler.budgetGuard();
        BudgetGuard.Reservation reservation = null; // kept across retries: a rejected request keeps its place
        try {
            while (true) {
                if (guard.cancelled()) {
                    throw new CancelledBeforeSendingException(); // no reservation, no wait for a slot
                }
                TokenEstimate estimate = scheduler.estimator().estimate(model, request, schema);
                if (reservation == null) {
                    reservation = reserve(budget, model, request, estimate, ticket, guard);
                }
                Lease lease;
                try {
                    lease = scheduler.admission().acquire(group, name(), estimate.total(), ticket, guard);
                } catch (InterruptedException e) {
                    throw interrupted(e);
                }
                if (!guard.claim()) { // the last moment before sending: cancelled while it waited
                    lease.abandoned();
                    throw new CancelledBeforeSendingException();
                }
                ModelResponse response;
                try {
                    response = lease.provider().complete(request);
                } catch (ProviderException e) {
                    backOff(lease, e, strikes, failed, policy);
                    continue;
                } catch (RuntimeException | Error e) {
                    lease.abandoned();
                    throw e;
                }
                Usage usage = response.usage();
                lease.succeeded(usage.inputTokens() + usage.outputTokens(), response.limitedFor(), policy.maxPause());
                budget.settle(reservation, usage, price(request).map(p -> p.cost(usage)).orElse(0.0));
                reservation = null;
                scheduler.estimator().observe(model, request, schema, usage);
                return response;
            }
        } finally {
            if (reservation != null) { // not answered: nothing billed, its share is free again
                budget.cancel(reservation);
            }
        }
    }

    /**
     * Embeds through the same endpoint slots, rate limits, circuit breakers and retries as
     * {@link #complete}. Not held against the run's budget: embedding prices are a small fraction of
     * chat prices, and the budget's estimates are made for chat requests.
     */
    @Override
    public EmbeddingResponse embed(EmbeddingRequest request) {
        RetryPolicy policy = scheduler.settings().retry();
        long estimate = request.texts().stream().mapToLong(t -> t.length() / 4 + 1).sum();
        FailedAttempts failed = new FailedAttempts(policy);
        RequestStrikes strikes = new RequestStrikes();
        SendGuard guard = SendGuard.current();
        long order = guard.order();
        long ticket = order >= 0 ? order : scheduler.nextTicket();
        while (true) {
            Lease lease;
            try {
                lease = scheduler.admission().acquire(group, name(), estimate, ticket, guard);
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
            EmbeddingResponse response;
            try {
                response = lease.provider().embed(request);
            } catch (EmbeddingsUnsupportedException e) {
                lease.abandoned(); // says nothing about the server's health
                throw e;
            } catch (ProviderException e) {
                backOff(lease, e, strikes, failed, policy);
                continue;
            } catch (RuntimeException | Error e) {
                lease.abandoned();
                throw e;
            }
            lease.succeeded(response.usage().inputTokens(), response.limitedFor(), policy.maxPause());
            return response;
        }
    }

    /** A failed attempt: the endpoint learns of it, then this thread waits before the next one (or throws when there is none). */
    private void backOff(Lease lease, ProviderException e, RequestStrikes strikes, FailedAttempts failed, RetryPolicy policy) {
        if (Thread.currentThread().isInterrupted()) { // we were stopped: that says nothing about the server
            lease.abandoned();
            throw e;
        }
        lease.failed(e, strikes, policy.maxPause());
        Duration wait = failed.next(e, ThreadLocalRandom.current());
        scheduler.progress().retried();
        sleep(wait);
    }

    /** This request's share of the budget, in the program's order of {@code ticket}; its opcodes then no longer keep one from afar. */
    private BudgetGuard.Reservation reserve(BudgetGuard budget, String model, ModelRequest request, TokenEstimate estimate,
                                            long ticket, SendGuard guard) {
        try {
            return budget.reserve(model, estimate, scheduler.estimatedCost(name(), request.model(), estimate), ticket, guard::cancelled);
        } catch (InterruptedException e) {
            throw interrupted(e);
        } finally {
            guard.reachedBudget();
        }
    }

    private Optional<ModelPrice> price(ModelRequest request) {
        return scheduler.prices().lookup(name(), request.model());
    }

    private void sleep(Duration wait) {
        if (wait.isZero()) {
            return;
        }
        try {
            Thread.sleep(wait);
        } catch (InterruptedException e) {
            throw interrupted(e);
        }
    }

    private ProviderConnectionException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new ProviderConnectionException(name(), "interrupted while waiting to call the model", e);
    }

    @Override
    public void close() {
        group.members().forEach(m -> m.provider().close());
    }

    @Override
    public void prepare() {
        group.members().forEach(m -> m.provider().prepare());
    }

    @Override
    public String toString() {
        return "ScheduledProvider[" + identity + "]";
    }
}
