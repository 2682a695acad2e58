package dev.lingo.vm.batch;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.schedule.SendGuard;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Items of one shape gathering for one request. The first item's thread leads: it waits until the
 * pack is full or its window has passed, then sends it. Each item's future ends with its answer,
 * with null (ask it alone), or with the failure of the packed request. Guarded by the packer's lock.
 */
final class Pack {

    /** One opcode waiting in a pack; {@code guard} says whether it is still wanted. */
    record Item(ModelRequest request, CompletableFuture<TypedAnswer> answer, SendGuard guard) {
    }

    final Provider provider;
    private final List<Item> items = new ArrayList<>();
    private boolean sealed;

    Pack(Provider provider) {
        this.provider = provider;
    }

    /** Adds an item; true when that made the pack full (it is then sealed). Caller holds the packer's lock. */
    boolean add(Item item, int maxItems) {
        items.add(item);
        if (items.size() >= maxItems) {
            seal();
            return true;
        }
        return false;
    }

    synchronized void seal() {
        sealed = true;
        notifyAll();
    }

    /** The leader waits here until the pack is full or {@code window} has passed. */
    synchronized void awaitSealed(Duration window) throws InterruptedException {
        long end = System.nanoTime() + window.toNanos();
        for (long left = window.toNanos(); !sealed && left > 0; left = end - System.nanoTime()) {
            wait(Math.max(1, left / 1_000_000), (int) (left % 1_000_000));
        }
    }

    /** The items, once sealed (no more can join). */
    List<Item> items() {
        return List.copyOf(items);
    }
}
