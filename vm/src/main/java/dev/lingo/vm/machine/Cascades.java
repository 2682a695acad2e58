package dev.lingo.vm.machine;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.opcode.OpcodeKind;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Runs opcodes through {@link Cascade}s on one run's {@link ModelMachine}, and counts, per cascade,
 * which model answered. The first model's answer is used only when its confidence is at least the
 * threshold: an answer without a confidence (a provider that gives no log-probabilities), a failed
 * call or a misfit answer send the opcode on to the second model. Each call is an ordinary call of
 * the machine, cached under its own key (the first model's with its confidence), so a warm rerun
 * decides as the first run did and calls nothing.
 */
public final class Cascades {

    private final ModelMachine machine;
    private final Map<Cascade, Tally> tallies = new ConcurrentHashMap<>();

    /** How many opcodes a cascade's first model kept, how many went on to the second, how many failed there. */
    private record Tally(AtomicLong first, AtomicLong second, AtomicLong failed) {
        Tally() {
            this(new AtomicLong(), new AtomicLong(), new AtomicLong());
        }
    }

    public Cascades(ModelMachine machine) {
        this.machine = machine;
    }

    /** Starts {@code op} on the cascade's first model and returns at once. */
    public CascadeCall submit(Cascade cascade, Opcode op, CallOptions options) {
        if (op.kind() == OpcodeKind.GEN) {
            throw new IllegalArgumentException("a cascade answers classify, check and extract: gen has no confidence to decide by");
        }
        Tally tally = tallies.computeIfAbsent(cascade, c -> new Tally());
        CascadeCall call = new CascadeCall(machine.submit(cascade.first(), op.withConfidence(true), options));
        ModelCall first = call.current();
        first.whenComplete((answer, failure) -> {
            if (failure == null && sureEnough(answer, cascade)) {
                tally.first().incrementAndGet();
                call.complete(answer);
            } else if (isCancellation(failure) || call.isDone()) {
                call.completeExceptionally(failure != null ? unwrap(failure) : new CancellationException("not needed"));
            } else {
                ModelCall second = machine.submit(cascade.second(), op.withConfidence(false), options);
                call.asking(second);
                second.whenComplete((better, failed) -> {
                    if (failed == null) {
                        tally.second().incrementAndGet();
                        call.complete(better);
                    } else {
                        tally.failed().incrementAndGet();
                        call.completeExceptionally(unwrap(failed));
                    }
                });
            }
        });
        return call;
    }

    private static boolean sureEnough(TypedAnswer answer, Cascade cascade) {
        return answer.confidence() != null && answer.confidence() >= cascade.threshold();
    }

    private static boolean isCancellation(Throwable failure) {
        return unwrap(failure) instanceof CancellationException;
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }

    /**
     * For the run summary, e.g. {@code cascade triage: 800 of 1000 answered by openai:gpt-4o-mini, 200 by openai:gpt-4o};
     * null when no cascade ran.
     */
    public String summary() {
        if (tallies.isEmpty()) {
            return null;
        }
        return tallies.entrySet().stream().sorted(Map.Entry.comparingByKey((a, b) -> a.label().compareTo(b.label())))
                .map(e -> line(e.getKey(), e.getValue())).collect(Collectors.joining("; "));
    }

    private static String line(Cascade c, Tally t) {
        long first = t.first().get(), second = t.second().get(), failed = t.failed().get();
        String s = "cascade " + c.label() + ": " + first + " of " + (first + second + failed) + " answered by " + c.first().get(0)
                        + ", " + second + " by " + c.second().get(0);
        return failed > 0 ? s + " (" + failed + " failed there)" : s;
    }
}
