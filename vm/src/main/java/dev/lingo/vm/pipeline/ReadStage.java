package dev.lingo.vm.pipeline;

import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The last stage: asks the model through its scheduled provider (which waits for a slot and the
 * budget, retries what may be retried and keeps the circuit breaker), reads the answer leniently,
 * validates it against its type and re-asks a misfit with the errors shown ({@link ModelCaller}).
 */
public final class ReadStage implements CallStage {

    private final PriceTable prices;
    private final TraceSink trace;
    private final Map<ScheduledProvider, ModelCaller> callers = new ConcurrentHashMap<>();

    public ReadStage(PriceTable prices, TraceSink trace) {
        this.prices = prices;
        this.trace = trace;
    }

    @Override
    public TypedAnswer answer(ModelQuestion question, Next next) {
        ModelCaller caller = callers.computeIfAbsent(question.provider(), p -> new ModelCaller(p, prices, trace));
        return caller.call(question.request(), question.retries());
    }
}
