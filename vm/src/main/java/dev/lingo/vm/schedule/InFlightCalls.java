package dev.lingo.vm.schedule;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * De-duplication: while a request is under way, an identical one (same {@link RequestKey}) waits
 * for its result instead of calling again, and gets the same answer or the same error. Once the
 * call ends the key is forgotten: remembering answers is the cache's job. Thread-safe.
 */
public final class InFlightCalls<V> {

    private final ConcurrentHashMap<RequestKey, CompletableFuture<V>> calls = new ConcurrentHashMap<>();

    /**
     * The result of {@code call} for {@code key}: computed here, or shared from an identical call
     * already in flight (then {@code onShared} runs first).
     */
    public V share(RequestKey key, Supplier<V> call, Runnable onShared) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> running = calls.putIfAbsent(key, mine);
        if (running != null) {
            onShared.run();
            return dev.lingo.vm.Futures.join(running);
        }
        try {
            V value = call.get();
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            calls.remove(key, mine);
        }
    }

    public int size() {
        return calls.size();
    }
}
