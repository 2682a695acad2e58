package dev.lingo.vm.machine;

import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheHit;
import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.CachedAnswer;
import dev.lingo.vm.provider.EmbeddingRequest;
import dev.lingo.vm.provider.EmbeddingResponse;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.offline.OfflineModel;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * The embedding call kind: texts to vectors along a chain of models. Each distinct text is looked up
 * in the answer cache (key: provider endpoint, model, text); the rest go in requests of at most
 * {@link #BATCH} texts, side by side, each through the scheduler's slots and retries, and every
 * request is traced and counted like a model call. The offline stand-in is not cached, as for opcodes.
 */
final class Embedder {

    /** Texts per request: OpenAI takes up to 2048 inputs, but smaller requests retry cheaply and run side by side. */
    static final int BATCH = 64;

    private final ProviderFactory providers;
    private final AnswerCache cache;
    private final PriceTable prices;
    private final TraceSink trace;
    private final EmbeddingStats stats;
    private final Consumer<String> notices;

    Embedder(ProviderFactory providers, AnswerCache cache, PriceTable prices, TraceSink trace, EmbeddingStats stats,
             Consumer<String> notices) {
        this.providers = providers;
        this.cache = cache;
        this.prices = prices;
        this.trace = trace;
        this.stats = stats;
        this.notices = notices;
    }

    /** One vector per text, in order; falls back along {@code models} when a provider fails. */
    Embeddings embed(List<ModelSpec> models, List<String> texts) {
        stats.asked(texts.size());
        for (int i = 0; ; i++) {
            try {
                return new Embeddings(embedWith(models.get(i), texts), label(models.get(i)));
            } catch (ProviderException e) {
                if (i == models.size() - 1) {
                    throw e;
                }
                notices.accept("lingo: embedding with " + models.get(i) + " failed (" + e.getMessage() + "); falling back to " + models.get(i + 1));
            }
        }
    }

    /** What a memory is stamped with: the provider and the model that really embeds. */
    static String label(ModelSpec spec) {
        return spec.provider() + ":" + (spec.provider().equals(OfflineModel.NAME) ? OfflineModel.EMBEDDING_MODEL : spec.model());
    }

    private List<float[]> embedWith(ModelSpec spec, List<String> texts) {
        ScheduledProvider provider = providers.get(spec);
        boolean cached = !spec.provider().equals(OfflineModel.NAME);
        Map<String, float[]> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (String text : new LinkedHashSet<>(texts)) {
            float[] hit = cached ? lookup(key(provider, spec.model(), text)) : null;
            if (hit != null) {
                found.put(text, hit);
            } else {
                missing.add(text);
            }
        }
        stats.cached(texts.size() - count(texts, missing));
        found.putAll(ask(provider, spec, missing, cached));
        return texts.stream().map(found::get).toList();
    }

    private static int count(List<String> texts, List<String> missing) {
        var set = new java.util.HashSet<>(missing);
        return (int) texts.stream().filter(set::contains).count();
    }

    private Map<String, float[]> ask(ScheduledProvider provider, ModelSpec spec, List<String> missing, boolean cached) {
        Map<String, float[]> out = new HashMap<>();
        if (missing.isEmpty()) {
            return out;
        }
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < missing.size(); i += BATCH) {
            batches.add(missing.subList(i, Math.min(missing.size(), i + BATCH)));
        }
        if (batches.size() == 1) {
            out.putAll(askOne(provider, spec, batches.getFirst(), cached));
            return out;
        }
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) { // the scheduler decides how many really go at once
            List<Future<Map<String, float[]>>> futures = batches.stream().map(b -> pool.submit(() -> askOne(provider, spec, b, cached))).toList();
            for (var f : futures) {
                out.putAll(f.get());
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while embedding", e);
        }
        return out;
    }

    private Map<String, float[]> askOne(ScheduledProvider provider, ModelSpec spec, List<String> batch, boolean cached) {
        Instant started = Instant.now();
        stats.sent();
        EmbeddingResponse response;
        try {
            response = provider.embed(new EmbeddingRequest(spec.model(), batch));
        } catch (ProviderException e) {
            trace.record(record(started, provider.name(), spec.model(), batch, null, e.getMessage()));
            throw e;
        }
        trace.record(record(started, provider.name(), spec.model(), batch, response, null));
        Map<String, float[]> out = new HashMap<>();
        for (int i = 0; i < batch.size(); i++) {
            float[] v = response.vectors().get(i);
            out.put(batch.get(i), v);
            if (cached) {
                store(key(provider, spec.model(), batch.get(i)), VectorText.write(v), response);
            }
        }
        return out;
    }

    private CallRecord record(Instant started, String provider, String model, List<String> batch, EmbeddingResponse r, String error) {
        int n = r == null ? 0 : r.vectors().size();
        String answer = r == null ? null : n + (n == 1 ? " embedding" : " embeddings") + " of " + r.vectors().getFirst().length + " dimensions";
        var usage = r == null ? dev.lingo.vm.provider.Usage.ZERO : r.usage();
        Double cost = r == null ? null : prices.cost(provider, model, usage);
        var latency = r == null ? java.time.Duration.between(started, Instant.now()) : r.latency();
        String shown = provider.equals(OfflineModel.NAME) ? OfflineModel.EMBEDDING_MODEL : model; // the stand-in's spec says only "offline"
        return new CallRecord(started, provider, shown, List.of(), null, answer, null, usage, cost, latency, 0, error,
                        r == null ? null : "embedding of " + batch.size());
    }

    private float[] lookup(CacheKey key) {
        try {
            Optional<CacheHit> hit = cache.lookup(key);
            return hit.map(h -> VectorText.read(h.answer().answer())).orElse(null);
        } catch (RuntimeException e) {
            return null; // a damaged entry is a miss: the provider is asked again
        }
    }

    private void store(CacheKey key, String vector, EmbeddingResponse response) {
        try {
            cache.store(key, new CachedAnswer(response.provider(), key.model(), vector,
                            dev.lingo.vm.provider.Usage.ZERO, Instant.now(), key.prompt()));
        } catch (RuntimeException e) {
            // the cache reports its own trouble once; the vector is still returned
        }
    }

    /** The endpoint's identity, the model and the text: a different server or model never answers from another's vectors. */
    private static CacheKey key(ScheduledProvider provider, String model, String text) {
        String hash = sha256("embed\0" + provider.identity() + "\0" + model + "\0" + text);
        String excerpt = "embed: " + (text.length() > 100 ? text.substring(0, 100) + "…" : text).replace('\n', ' ');
        return new CacheKey(hash, provider.name(), model, excerpt, false);
    }

    private static String sha256(String s) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
