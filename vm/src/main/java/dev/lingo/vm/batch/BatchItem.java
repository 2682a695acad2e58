package dev.lingo.vm.batch;

import dev.lingo.vm.cache.CacheKey;
import dev.lingo.vm.provider.ModelRequest;

/** One request waiting for a batch job; {@code key} names it there (the job's custom_id) and in the answer cache. */
public record BatchItem(CacheKey key, ModelRequest request) {
}
