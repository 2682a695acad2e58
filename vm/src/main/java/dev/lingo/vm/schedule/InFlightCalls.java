package dev.lingo.vm.schedule;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * De-duplication: while a request is under way, an identical one (same {@link RequestKey}) waits
 * for its result instead of calling again, and gets the same answer or the same error. Once the
 * call ends the key is forgotten: remembering answers is the cache's job. Thread-safe.
 *
 * <p>A sharer's opcode joins the call's {@link SendGuard}, so the call is still sent when the opcode
 * that started it is cancelled. A sharer that joined too late (the call was dropped as cancelled)
 * asks again itself, unless it was cancelled too.
 */
public final class InFlightCalls<V> {

    private record Call<V>(CompletableFuture<V> result, SendGuard guard) {
    }

    private final ConcurrentHashMap<RequestKey, Call<V>> calls = new ConcurrentHashMap<>();

    /**
     * The result of {@code call} for {@code key}: computed here, or shared from an identical call
     * already in flight (then {@code onShared} runs first).
     */
    public V share(RequestKey key, Supplier<V> call, Runnable onShared) {
        SendGuard mine = SendGuard.current();
        while (true) {
            Call<V> own = new Call<>(new CompletableFuture<>(), SendGuard.allOf(List.of(mine)));
            Call<V> running = calls.putIfAbsent(key, own);
            if (running == null) {
                return run(key, own, call);
            }
            running.guard().join(mine);
            onShared.run();
            try {
                return dev.lingo.vm.Futures.join(running.result());
            } catch (CancelledBeforeSendingException e) {
                if (mine.cancelled()) {
                    throw e;
                }
                // the opcode that started it was cancelled and the call never went out: ask again
            }
        }
    }

    private V run(RequestKey key, Call<V> own, Supplier<V> call) {
        V value;
        try {
            value = own.guard().bound(call);
        } catch (RuntimeException | Error e) {
            calls.remove(key, own); // first, so a sharer that asks again does not find this call
            own.result().completeExceptionally(e);
            throw e;
        }
        calls.remove(key, own);
        own.result().complete(value);
        return value;
    }

    public int size() {
        return calls.size();
    }
}
