package dev.lingo.vm.pipeline;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.schedule.RetryPolicy;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schedule.Scheduler;
import dev.lingo.vm.schedule.SchedulerSettings;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.RunLedger;
import dev.lingo.vm.trace.SecretRedactor;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One OpenAI endpoint (a fake server on real HTTP) behind a real scheduler, for composing a
 * pipeline with or without a stage and seeing what that stage changes on the wire.
 */
final class PipelineRig implements AutoCloseable {

    static final String MODEL = "gpt-4o-mini";

    final FakeOpenAiServer server = new FakeOpenAiServer();
    final ProgressTracker progress = new ProgressTracker();
    final RunLedger ledger = new RunLedger();
    final PriceTable prices = PriceTable.builtIn();
    final Scheduler scheduler;
    final ScheduledProvider provider;

    PipelineRig() {
        RetryPolicy fast = new RetryPolicy(5, 20, 2, Duration.ofMillis(1), Duration.ofMillis(4), Duration.ofSeconds(1));
        scheduler = new Scheduler(SchedulerSettings.DEFAULTS.withRetry(fast), prices, progress, n -> { });
        Endpoint endpoint = Endpoint.of(server.apiBase().toString());
        provider = scheduler.provider(List.of(new Scheduler.Target("openai", server.apiBase(), "openai " + server.apiBase(),
                        new OpenAiProvider(endpoint))));
    }

    /** The question a program's opcode becomes, as the machine makes it. */
    ModelQuestion question(Opcode op) {
        return question(op, null, 2);
    }

    ModelQuestion question(Opcode op, Double temperature, int retries) {
        ModelRequest request = ModelRequest.forOpcode(MODEL, op, temperature, null, null, provider.schemaInPrompt());
        return ModelQuestion.of("openai", provider, request, retries, SecretRedactor.fromEnvironment(Map.of()),
                        () -> Endpoint.of(server.apiBase().toString()));
    }

    ReadStage read() {
        return new ReadStage(prices, ledger);
    }

    @Override
    public void close() {
        provider.close();
        server.close();
    }
}
