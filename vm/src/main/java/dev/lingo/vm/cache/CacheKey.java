package dev.lingo.vm.cache;

import java.util.Objects;

/**
 * What the cache and a recording know a request by.
 *
 * @param hash     SHA-256 (hex) of everything that can change the answer; the store's key
 * @param provider the provider's name, e.g. {@code openai}: with {@code model}, prices a hit
 * @param model    the model id requested
 * @param prompt   a one-line excerpt of the request, for error messages and people reading the cache
 * @param sampled  temperature above 0 and no seed: each call may answer differently
 */
public record CacheKey(String hash, String provider, String model, String prompt, boolean sampled) {

    public CacheKey {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        prompt = prompt == null ? "" : prompt;
    }

    public CacheKey withPrompt(String excerpt) {
        return new CacheKey(hash, provider, model, excerpt, sampled);
    }
}
