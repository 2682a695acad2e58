package dev.lingo.vm.machine;

import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.ModelDefaults.ProjectConfig;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.trace.JsonLinesTraceWriter;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.RunLedger;
import dev.lingo.vm.trace.SecretRedactor;
import dev.lingo.vm.trace.TraceSink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Runs LLM opcodes for one program run: picks the model (the script's, else the defaults),
 * falls back along the declared chain when a provider fails, and records every call in the
 * run's ledger and, if asked, a JSON Lines trace.
 */
public final class ModelMachine implements AutoCloseable {

    private final Map<String, String> env;
    private final ProjectConfig config;
    private final PriceTable prices;
    private final RunLedger ledger = new RunLedger();
    private final List<TraceSink> sinks = new CopyOnWriteArrayList<>();
    private final ProviderFactory providers;
    private final Map<String, ModelCaller> callers = new ConcurrentHashMap<>();
    private final Consumer<String> notices;
    private volatile boolean offlineNoticeShown;
    private JsonLinesTraceWriter traceWriter;

    /** @param notices where one-line notices go (the CLI prints them on stderr) */
    public ModelMachine(Map<String, String> env, Path workingDirectory, Consumer<String> notices) {
        this.env = Map.copyOf(env);
        this.config = ProjectConfig.find(workingDirectory);
        this.prices = config.prices() == null ? PriceTable.builtIn() : PriceTable.builtIn().with(PriceTable.fromJson(config.prices()));
        this.providers = new ProviderFactory(this.env);
        this.notices = notices;
        sinks.add(ledger);
    }

    /** Appends every call of this run to {@code file} as JSON Lines (secrets redacted). */
    public synchronized void traceTo(Path file) throws IOException {
        traceWriter = JsonLinesTraceWriter.append(file, SecretRedactor.fromEnvironment(env));
        sinks.add(traceWriter);
    }

    public ModelSpec defaultModel() {
        return ModelDefaults.resolve(env, config);
    }

    public RunLedger ledger() {
        return ledger;
    }

    /**
     * Asks the first model of {@code chain} (the default model when empty); when a provider fails,
     * the next one. An answer that does not fit its type is re-asked, then fails; it does not fall back.
     */
    public TypedAnswer run(List<ModelSpec> chain, Opcode op, CallOptions options) {
        List<ModelSpec> models = chain.isEmpty() ? List.of(defaultModel()) : chain;
        for (int i = 0; ; i++) {
            ModelSpec spec = models.get(i);
            if (spec.provider().equals("offline")) {
                showOfflineNotice();
            }
            ModelCaller caller = callers.computeIfAbsent(spec.key(),
                            k -> new ModelCaller(providers.get(spec), prices, TraceSink.all(sinks)));
            ModelRequest request = ModelRequest.forOpcode(spec.model(), op, options.temperature(), options.maxTokens(), options.seed());
            try {
                return caller.call(request, options.retriesOrDefault());
            } catch (ProviderException e) {
                if (i == models.size() - 1) {
                    throw e;
                }
                notices.accept("lingo: " + spec + " failed (" + e.getMessage() + "); falling back to " + models.get(i + 1));
            }
        }
    }

    private void showOfflineNotice() {
        if (!offlineNoticeShown) {
            offlineNoticeShown = true;
            notices.accept(OFFLINE_NOTICE);
        }
    }

    /** Printed once per run when the offline default answers: it is not a language model. */
    public static final String OFFLINE_NOTICE = "lingo: no language model is configured; the offline default answers from the"
                    + " input text alone. Set OPENAI_API_KEY (or OPENAI_BASE_URL for a local server), ANTHROPIC_API_KEY,"
                    + " OLLAMA_HOST or LINGO_MODEL (e.g. gguf:/path/model.gguf) to use a real model.";

    @Override
    public synchronized void close() {
        providers.close();
        if (traceWriter != null) {
            try {
                traceWriter.close();
            } catch (IOException e) {
                notices.accept("lingo: could not finish the trace file: " + e.getMessage());
            }
        }
    }
}
