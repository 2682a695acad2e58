package dev.lingo.vm.batch;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.OpcodeKind;
import dev.lingo.vm.opcode.PromptRenderer;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.ProviderConnectionException;
import dev.lingo.vm.schedule.CancelledBeforeSendingException;
import dev.lingo.vm.schedule.SendGuard;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Prompt packing: classify, check and extract opcodes over short texts that share a shape and
 * arrive within a few milliseconds of each other (as a {@code map} submits them) are asked in ONE
 * request. An item the packed answer does not answer properly is asked alone, the normal way; so
 * is an item that found no company. Sampled requests and gen are never packed. Sits behind the
 * answer cache: each item is looked up and stored under its own single-request key. Thread-safe;
 * items block their own (virtual) threads while they wait. An item cancelled before its pack is sent
 * leaves the pack (its opcode fails with {@link CancelledBeforeSendingException}); the pack is sent
 * while any of its items is still wanted.
 */
public final class PromptPacker {

    private final PriceTable prices;
    private final TraceSink trace;
    private final Object lock = new Object();
    private final Map<PackShape, Pack> open = new HashMap<>();
    private final AtomicLong packs = new AtomicLong();
    private final AtomicLong packedItems = new AtomicLong();
    private final AtomicLong askedAlone = new AtomicLong();
    private volatile PackingSettings settings;

    public PromptPacker(PackingSettings settings, PriceTable prices, TraceSink trace) {
        this.settings = settings;
        this.prices = prices;
        this.trace = trace;
    }

    public PackingSettings settings() {
        return settings;
    }

    /** Changes the settings for items that arrive from now on. */
    public void settings(PackingSettings newSettings) {
        settings = newSettings;
    }

    /** Whether {@code request}, for a provider of kind {@code providerKind}, may be packed. */
    public boolean accepts(String providerKind, ModelRequest request) {
        PackingSettings s = settings;
        var op = request.opcode();
        return s.appliesTo(providerKind) && op != null && op.kind() != OpcodeKind.GEN && op.images().isEmpty()
                && op.input().length() <= s.maxChars() && !StructuredSchema.isFreeText(op.answerType())
                && !sampled(request) && !request.confidence() // a pack's logprobs are not one item's
                && request.messages().equals(PromptRenderer.render(op, PromptRenderer.showsSchema(request.messages())));
    }

    /**
     * The answer to one accepted request: from a pack, or from {@code single} (the normal call)
     * when no pack could answer it. A failure of the packed request itself is thrown, as a single
     * call's would be, so a fallback chain moves on.
     *
     * @param endpoint who answers (the scheduler's endpoint identity): only items for the same endpoint share a pack
     */
    public TypedAnswer ask(String endpoint, Provider provider, ModelRequest request, Supplier<TypedAnswer> single) {
        PackingSettings s = settings;
        PackShape shape = PackShape.of(endpoint, request, PromptRenderer.showsSchema(request.messages()));
        Pack.Item item = new Pack.Item(request, new CompletableFuture<>(), SendGuard.current());
        Pack pack;
        boolean leader;
        synchronized (lock) {
            pack = open.get(shape);
            leader = pack == null;
            if (leader) {
                pack = new Pack(provider);
                open.put(shape, pack);
            }
            if (pack.add(item, s.maxItems())) {
                open.remove(shape, pack);
            }
        }
        if (leader) {
            lead(shape, pack, s);
        }
        TypedAnswer answer = dev.lingo.vm.Futures.join(item.answer());
        if (answer != null) {
            return answer;
        }
        askedAlone.incrementAndGet();
        return single.get();
    }

    /** Packs sent, items answered by them, items asked alone (no company, or a misfit in the pack). */
    public PackingStats stats() {
        return new PackingStats(packs.get(), packedItems.get(), askedAlone.get());
    }

    private void lead(PackShape shape, Pack pack, PackingSettings s) {
        try {
            pack.awaitSealed(s.window());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close(shape, pack).forEach(i -> i.answer().completeExceptionally(
                    new ProviderConnectionException(pack.provider.name(), "interrupted while packing requests", e)));
            return;
        }
        List<Pack.Item> items = new ArrayList<>();
        for (Pack.Item item : close(shape, pack)) {
            if (item.guard().cancelled()) { // leaves the pack before it is rendered
                item.answer().completeExceptionally(new CancelledBeforeSendingException());
            } else {
                items.add(item);
            }
        }
        if (items.isEmpty()) {
            return;
        }
        if (items.size() == 1) {
            items.getFirst().answer().complete(null);
            return;
        }
        packs.incrementAndGet();
        try {
            SendGuard forAll = SendGuard.allOf(items.stream().map(Pack.Item::guard).toList());
            Map<Integer, TypedAnswer> answers = forAll.bound(() -> new PackedCall(pack.provider, prices, trace)
                    .send(items.stream().map(Pack.Item::request).toList(), shape.showSchema()));
            packedItems.addAndGet(answers.size());
            for (int i = 0; i < items.size(); i++) {
                items.get(i).answer().complete(answers.get(i));
            }
        } catch (RuntimeException | Error e) {
            items.forEach(i -> i.answer().completeExceptionally(e));
        }
    }

    private List<Pack.Item> close(PackShape shape, Pack pack) {
        synchronized (lock) {
            open.remove(shape, pack);
            pack.seal();
            return pack.items();
        }
    }

    private static boolean sampled(ModelRequest r) {
        return r.temperature() != null && r.temperature() > 0 && r.seed() == null;
    }
}
