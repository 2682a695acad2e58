package dev.lingo.vm.machine;

import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.batch.BatchSender;
import dev.lingo.vm.batch.PromptPacker;
import dev.lingo.vm.batch.openai.OpenAiBatchMode;
import dev.lingo.vm.cache.AnswerSource;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.CachingCaller;
import dev.lingo.vm.cache.RequestFingerprint;
import dev.lingo.vm.cache.SourcedAnswer;
import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.schedule.InFlightCalls;
import dev.lingo.vm.schedule.ProgressTracker;
import dev.lingo.vm.schedule.RequestKey;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schedule.TokenEstimator;
import dev.lingo.vm.schema.SchemaProfile;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Asks one opcode along a chain of models: the first model, and when its provider fails (after the
 * scheduler's retries, or at once when its circuit is open) the next. An answer that does not fit
 * its type is re-asked, then fails; it does not fall back. Identical requests in flight share one
 * call. Thread-safe: many workers run chains at once.
 */
final class FallbackChain {

    private final ProviderFactory providers;
    private final PriceTable prices;
    private final TraceSink trace;
    private final ProgressTracker progress;
    private final Consumer<String> notices;
    private final Map<ModelSpec, ModelCaller> callers = new ConcurrentHashMap<>();
    private final InFlightCalls<TypedAnswer> inFlight = new InFlightCalls<>();
    private final Set<String> shown = ConcurrentHashMap.newKeySet();
    private final CachingCaller caching;
    private final DryRunEstimate dryRun;
    private final TokenEstimator estimator = new TokenEstimator();
    private final PromptPacker packer;
    private volatile OpenAiBatchMode batchMode;
    private final Boolean projectSchemaInPrompt;

    /**
     * @param caching the answer cache, recording or replay in front of every model call
     * @param dryRun  null, or where a dry run adds what each call would have cost
     * @param packer  packs short classify/check/extract requests that arrive together into one
     * @param schemaInPrompt lingo.json's {@code schemaInPrompt}, or null to let each provider decide
     */
    FallbackChain(ProviderFactory providers, PriceTable prices, TraceSink trace, ProgressTracker progress,
                  Consumer<String> notices, CachingCaller caching, DryRunEstimate dryRun, PromptPacker packer,
                  Boolean schemaInPrompt) {
        this.projectSchemaInPrompt = schemaInPrompt;
        this.packer = packer;
        this.providers = providers;
        this.prices = prices;
        this.trace = trace;
        this.progress = progress;
        this.notices = notices;
        this.caching = caching;
        this.dryRun = dryRun;
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
     * cache, then, on a miss, on a worker for the call. The offline stand-in has no key (not cached).
     */
    record Question(ModelSpec spec, ScheduledProvider provider, ModelRequest request, StructuredSchema schema,
                    RequestKey key, CacheKey cacheKey) {
    }

    Question question(ModelSpec spec, Opcode op, CallOptions options) {
        ScheduledProvider provider = providers.get(spec);
        ModelRequest request = ModelRequest.forOpcode(spec.model(), op, options.temperature(), options.maxTokens(), options.seed(),
                        schemaInPrompt(spec, provider));
        if (spec.provider().equals("offline")) {
            // Answered in microseconds: caching would only hide a newer stand-in's answers.
            return new Question(spec, provider, request, null, null, null);
        }
        // One schema for both the request key and the cache.
        StructuredSchema schema = provider.schemaFor(request.type());
        RequestKey key = RequestKey.of(provider.identity(), provider.name(), request, schema == null ? null : schema.hash());
        CacheKey cacheKey = RequestFingerprint.fromHash(key.hash(), provider.name(), request);
        // the excerpt goes to the cache, the batch journal and recordings: no key in it (the hash is unchanged)
        return new Question(spec, provider, request, schema, key, cacheKey.withPrompt(providers.secrets().redact(cacheKey.prompt())));
    }

    /**
     * The first model's answer when the cache holds it in memory (counted as a hit), else null:
     * the machine then starts the opcode on a worker, which also looks on disk (a warm rerun's
     * thousand disk reads go faster side by side on workers than one after another here). Never
     * in a dry run or a replay, and never throws: any trouble is left for the worker to meet and
     * report where the value is read.
     */
    TypedAnswer cachedInMemory(Question first) {
        return dryRun != null ? null : cached(first, true);
    }

    /** The cache's answer to {@code q}, counted and traced as a hit; null on a miss or any trouble (the caller goes on). */
    private TypedAnswer cached(Question q, boolean memoryOnly) {
        if (q.cacheKey() == null) {
            return null;
        }
        try {
            SourcedAnswer hit = caching.cached(q.cacheKey(), q.schema(), q.request(), memoryOnly);
            if (hit == null) {
                return null;
            }
            progress.cacheHit();
            trace.answeredWithoutCall(hit.answer().record(), "cache");
            return hit.answer();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** @param first the first model's question if the machine made it already, else null */
    TypedAnswer run(List<ModelSpec> models, Opcode op, CallOptions options, Question first) {
        if (dryRun != null) {
            return dryRun(models.get(0), op, options, first);
        }
        for (int i = 0; ; i++) {
            ModelSpec spec = models.get(i);
            try {
                return ask(i == 0 && first != null ? first : question(spec, op, options), options);
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

    private TypedAnswer ask(Question q, CallOptions options) {
        ModelCaller caller = callers.computeIfAbsent(q.spec(), k -> new ModelCaller(q.provider(), prices, trace));
        ModelRequest request = q.request();
        int retries = options.retriesOrDefault();
        if (q.cacheKey() == null) {
            return caller.call(request, retries);
        }
        RequestKey key = q.key();
        SourcedAnswer answer = caching.call(q.cacheKey(), q.schema(), request,
                        () -> key.sampled() ? caller.call(request, retries)
                                        : inFlight.share(key, () -> call(q.spec(), q.provider(), q.cacheKey(), request,
                                                        () -> caller.call(request, retries)), progress::shared));
        if (answer.source() != AnswerSource.MODEL) {
            progress.cacheHit();
            trace.answeredWithoutCall(answer.answer().record(), answer.source() == AnswerSource.REPLAY ? "replay" : "cache");
        }
        return answer.answer();
    }

    /** Batch mode on (null: off): OpenAI requests wait for a batch job. */
    void batchMode(OpenAiBatchMode mode) {
        batchMode = mode;
    }

    /** The call on a cache miss: in a batch job in batch mode, in a pack when it can share one, else alone. */
    private TypedAnswer call(ModelSpec spec, ScheduledProvider provider, CacheKey key, ModelRequest request, Supplier<TypedAnswer> alone) {
        OpenAiBatchMode batch = batchMode;
        if (batch != null && spec.provider().equals("openai")) {
            BatchSender sender = batch.sender(provider.identity(), providers.openAiEndpoint(spec));
            return batch.collector().ask(provider.identity() + " " + request.model(), sender, new BatchItem(key, request), alone);
        }
        if (packer.accepts(spec.provider(), request)) {
            return packer.ask(provider.identity(), provider, request, alone);
        }
        return alone.get();
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
    private TypedAnswer dryRun(ModelSpec wouldAsk, Opcode op, CallOptions options, Question first) {
        Question q = first;
        if (q == null) {
            try {
                q = question(wouldAsk, op, options);
            } catch (RuntimeException e) {
                q = null; // a model that cannot be set up: estimate it all the same, with the longer prompt
            }
        }
        TypedAnswer cached = q == null ? null : cached(q, false);
        if (cached != null) {
            dryRun.answeredFromCache();
            return cached;
        }
        ModelRequest request = q != null ? q.request()
                        : ModelRequest.forOpcode(wouldAsk.model(), op, options.temperature(), options.maxTokens(), options.seed());
        StructuredSchema schema = StructuredSchema.forAnswer(request.type(), SchemaProfile.STANDARD);
        dryRun.add(wouldAsk, request, estimator.estimate(wouldAsk.model(), request, schema));
        return ask(question(ModelSpec.OFFLINE, op, options), options);
    }

    private void once(String topic, String text) {
        if (shown.add(topic)) {
            notices.accept(text);
        }
    }
}
