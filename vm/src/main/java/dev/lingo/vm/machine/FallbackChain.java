package dev.lingo.vm.machine;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.pipeline.CacheStage;
import dev.lingo.vm.pipeline.CallPipeline;
import dev.lingo.vm.pipeline.ModelQuestion;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.schedule.BreakerPatience;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schedule.TokenEstimator;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks one opcode along a chain of models: the first model, and when its provider fails (after the
 * scheduler's retries, or at once when its circuit is open) the next. Each model is asked through
 * the run's {@link CallPipeline}. An answer that does not fit its type is re-asked, then fails; it
 * does not fall back. In a dry run the first model's call is estimated and the offline stand-in
 * answers. Thread-safe: many workers run chains at once.
 */
final class FallbackChain {

    private final ProviderFactory providers;
    private final CallPipeline pipeline;
    private final CacheStage cache;
    private final DryRunEstimate dryRun;
    private final Boolean projectSchemaInPrompt;
    private final Consumer<String> notices;
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private final TokenEstimator estimator = new TokenEstimator();

    /**
     * @param cache          the pipeline's cache stage, asked directly for answers it holds in memory
     * @param dryRun         null, or where a dry run adds what each call would have cost
     * @param schemaInPrompt lingo.json's {@code schemaInPrompt}, or null to let each provider decide
     */
    FallbackChain(ProviderFactory providers, CallPipeline pipeline, CacheStage cache, DryRunEstimate dryRun, Boolean schemaInPrompt,
                  Consumer<String> notices) {
        this.providers = providers;
        this.pipeline = pipeline;
        this.cache = cache;
        this.dryRun = dryRun;
        this.projectSchemaInPrompt = schemaInPrompt;
        this.notices = notices;
    }

    /**
     * Says, once per run and on the thread that starts the opcode (so it comes before what the
     * program prints next), that the offline stand-in will answer, and why.
     *
     * @param chosenBy who asked for the first model ({@code LINGO_MODEL}, {@code lingo.json},
     *                 {@code the script}), or null when it is the fallback for no configured model;
     *                 asked only when the stand-in answers
     */
    void announce(List<ModelSpec> models, Supplier<String> chosenBy) {
        if (dryRun == null && models.get(0).provider().equals("offline") && !shown.contains("offline")) {
            String by = chosenBy.get();
            once("offline", by == null ? OfflineModel.NOTICE : OfflineModel.chosenNotice(by));
        }
    }

    /**
     * What asking one model needs, worked out once: on the thread that starts the opcode for the
     * cache, then, on a miss, on a worker for the call. The offline stand-in is asked directly.
     */
    ModelQuestion question(ModelSpec spec, Opcode op, CallOptions options) {
        ScheduledProvider provider = providers.get(spec);
        ModelRequest request = ModelRequest.forOpcode(spec.model(), op, options.temperature(), options.maxTokens(), options.seed(),
                        schemaInPrompt(spec, provider));
        int retries = options.retriesOrDefault();
        if (spec.provider().equals("offline")) {
            return ModelQuestion.direct(spec.provider(), provider, request, retries);
        }
        return ModelQuestion.of(spec.provider(), provider, request, retries, providers.secrets(), () -> providers.openAiEndpoint(spec));
    }

    /**
     * The first model's answer when the cache holds it in memory (counted as a hit), else null:
     * the machine then starts the opcode on a worker, which also looks on disk (a warm rerun's
     * thousand disk reads go faster side by side on workers than one after another here). Never
     * in a dry run, and never throws.
     */
    TypedAnswer cachedInMemory(ModelQuestion first) {
        return dryRun != null ? null : cache.lookUp(first, true);
    }

    /** @param first the first model's question if the machine made it already, else null */
    TypedAnswer run(List<ModelSpec> models, Opcode op, CallOptions options, ModelQuestion first) {
        if (dryRun != null) {
            return dryRun(models.get(0), op, options, first);
        }
        for (int i = 0; ; i++) {
            ModelSpec spec = models.get(i);
            try {
                ModelQuestion q = i == 0 && first != null ? first : question(spec, op, options);
                // the last model has nothing to fall back to: its requests wait out an open breaker's cool-down
                return i == models.size() - 1 ? BreakerPatience.waitingForProbes(() -> pipeline.answer(q)) : pipeline.answer(q);
            } catch (ProviderException e) {
                if (i == models.size() - 1) {
                    throw e;
                }
                ModelSpec next = models.get(i + 1);
                // once per pair: a map over a thousand items must not print a thousand notices
                once("fallback " + spec.key() + " " + next.key(),
                                "lingo: " + spec + " failed (" + e.getMessage() + "); falling back to " + next);
            }
        }
    }

    /** The model's {@code schemaInPrompt} setting, else lingo.json's, else what its provider needs. */
    private boolean schemaInPrompt(ModelSpec spec, ScheduledProvider provider) {
        String setting = spec.setting("schemaInPrompt");
        if (setting != null) {
            return Boolean.parseBoolean(setting);
        }
        return projectSchemaInPrompt != null ? projectSchemaInPrompt : provider.schemaInPrompt();
    }

    /**
     * A dry run: an answer the cache holds is given as a real run would give it (and costs
     * nothing); otherwise the call on the model the script names is estimated and the offline
     * stand-in answers.
     */
    private TypedAnswer dryRun(ModelSpec wouldAsk, Opcode op, CallOptions options, ModelQuestion first) {
        ModelQuestion q = first;
        if (q == null) {
            try {
                q = question(wouldAsk, op, options);
            } catch (RuntimeException e) {
                q = null; // a model that cannot be set up: estimate it all the same, with the longer prompt
            }
        }
        TypedAnswer cached = q == null ? null : cache.lookUp(q, false);
        if (cached != null) {
            dryRun.answeredFromCache();
            return cached;
        }
        ModelRequest request = q != null ? q.request()
                        : ModelRequest.forOpcode(wouldAsk.model(), op, options.temperature(), options.maxTokens(), options.seed());
        StructuredSchema schema = StructuredSchema.forAnswer(request.type(), SchemaProfile.STANDARD);
        dryRun.add(wouldAsk, request, estimator.estimate(wouldAsk.model(), request, schema));
        return pipeline.answer(question(ModelSpec.OFFLINE, op, options));
    }

    private void once(String topic, String text) {
        if (shown.add(topic)) {
            notices.accept(text);
        }
    }
}
