package dev.lingo.vm.pipeline;

import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.cache.RequestFingerprint;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.schedule.RequestKey;
import dev.lingo.vm.schedule.ScheduledProvider;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.SecretRedactor;

import java.util.function.Supplier;

/**
 * One model call as the {@link CallPipeline} carries it: what is asked, of whom, and the keys the
 * stages share, worked out once when the opcode is submitted.
 *
 * @param providerKind  {@code openai}, {@code anthropic}, {@code ollama}, {@code local} or {@code offline}
 * @param provider      the model's endpoints behind the run's scheduler
 * @param schema        the schema the provider sends (null for free text)
 * @param key           identifies identical requests in flight; null when the call is answered directly
 * @param cacheKey      the answer cache's key, its prompt excerpt free of keys; null when answered directly
 * @param retries       how many times a misfit answer is re-asked
 * @param batchEndpoint where a Batch API job for it is sent (OpenAI only), worked out only when one is
 */
public record ModelQuestion(String providerKind, ScheduledProvider provider, ModelRequest request, StructuredSchema schema,
                            RequestKey key, CacheKey cacheKey, int retries, Supplier<Endpoint> batchEndpoint) {

    /**
     * The question for {@code request} to {@code provider}, with one schema for both the request key
     * and the cache, and a cache excerpt free of every key {@code secrets} knows (the excerpt goes to
     * the cache, the batch journal and recordings; the hash is unchanged).
     */
    public static ModelQuestion of(String providerKind, ScheduledProvider provider, ModelRequest request, int retries,
                                   SecretRedactor secrets, Supplier<Endpoint> batchEndpoint) {
        StructuredSchema schema = provider.schemaFor(request.type());
        RequestKey key = RequestKey.of(provider.identity(), provider.name(), request, schema == null ? null : schema.hash());
        CacheKey cacheKey = RequestFingerprint.fromHash(key.hash(), provider.name(), request);
        return new ModelQuestion(providerKind, provider, request, schema, key, cacheKey.withPrompt(secrets.redact(cacheKey.prompt())),
                        retries, batchEndpoint);
    }

    /**
     * A question answered directly by its model, without cache, sharing, packing or batching: the
     * offline stand-in answers in microseconds, and caching would only hide a newer stand-in's answers.
     */
    public static ModelQuestion direct(String providerKind, ScheduledProvider provider, ModelRequest request, int retries) {
        return new ModelQuestion(providerKind, provider, request, null, null, null, retries, null);
    }

    /** Whether the stages in front of the model let it pass untouched. */
    public boolean isDirect() {
        return key == null;
    }

    /** Whether identical requests may share one call: not when the model samples without a seed. */
    boolean shareable() {
        return key != null && !key.sampled();
    }
}
