package dev.lingo.vm.batch;

import dev.lingo.vm.answer.IncompleteAnswerException;
import dev.lingo.vm.batch.PackedAnswerReader.ItemAnswer;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.opcode.PackedPromptRenderer;
import dev.lingo.vm.provider.ModelRefusalException;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.ProviderException;
import dev.lingo.vm.provider.ProviderRejectedException;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.schema.StructuredSchema;
import dev.lingo.vm.trace.CallRecord;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import dev.lingo.vm.types.LingoType;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends one pack as one provider request and hands each item its own answer. The trace gets ONE
 * record (one provider call, all its tokens); each item's answer carries an even share of those
 * tokens and their cost, so the answer cache and recordings attribute them fairly. Items the
 * answer leaves out (missing, repeated, misfit) are simply absent from the result.
 */
final class PackedCall {

    /** Per item of a pack, answer tokens are bounded by the item's max tokens plus this much JSON around it. */
    private static final int ENTRY_OVERHEAD_TOKENS = 16;

    private final Provider provider;
    private final PriceTable prices;
    private final TraceSink trace;

    PackedCall(Provider provider, PriceTable prices, TraceSink trace) {
        this.provider = provider;
        this.prices = prices;
        this.trace = trace;
    }

    /**
     * @param items      single requests of one shape, each made from its opcode
     * @param showSchema write the value's schema into the pack's prompt (as the items' prompts do)
     * @return answers by position; a refusal, a rejected request or a cut-off answer answers none
     *         (each item is then asked alone: one item may have caused it); other provider failures are thrown
     */
    Map<Integer, TypedAnswer> send(List<ModelRequest> items, boolean showSchema) {
        ModelRequest first = items.getFirst();
        LingoType itemType = first.opcode().answerType();
        LingoType packType = PackedPromptRenderer.packType(itemType);
        Integer maxTokens = first.maxTokens() == null ? null : (first.maxTokens() + ENTRY_OVERHEAD_TOKENS) * items.size();
        ModelRequest packed = new ModelRequest(first.model(), PackedPromptRenderer.render(items.stream().map(ModelRequest::opcode).toList(), showSchema),
                packType, first.temperature(), maxTokens, first.seed());
        StructuredSchema packSchema = provider.schemaFor(packType);
        Instant started = Instant.now();
        ModelResponse response;
        try {
            response = provider.complete(packed);
        } catch (ModelRefusalException | ProviderRejectedException e) {
            trace.record(record(started, packed, packSchema, null, e.getMessage()));
            return Map.of();
        } catch (ProviderException e) {
            trace.record(record(started, packed, packSchema, null, e.getMessage()));
            throw e;
        }
        IncompleteAnswerException cut = IncompleteAnswerException.of(response);
        if (cut != null) { // a cut-off pack's last items could be repaired into wrong values: each is asked alone
            trace.record(record(started, packed, packSchema, response, cut.getMessage()));
            return Map.of();
        }
        StructuredSchema itemSchema = provider.schemaFor(itemType);
        Map<Integer, ItemAnswer> fitted = PackedAnswerReader.read(response.text(), items.size(), itemType, itemSchema);
        trace.record(record(started, packed, packSchema, response,
                fitted.isEmpty() ? "no item of the packed answer fits " + itemType.display() : null));
        Map<Integer, TypedAnswer> answers = new HashMap<>();
        int share = 0;
        for (int i = 0; i < items.size(); i++) {
            ItemAnswer a = fitted.get(i);
            if (a != null) {
                Usage usage = UsageSplit.share(response.usage(), fitted.size(), share++);
                ModelRequest item = items.get(i);
                CallRecord r = new CallRecord(started, provider.name(), item.model(), item.messages(),
                        itemSchema == null ? null : itemSchema.hash(), a.raw(), a.value(), usage,
                        prices.cost(provider.name(), item.model(), usage), response.latency(), 0, null, response.finishReason());
                answers.put(i, new TypedAnswer(a.value(), r));
            }
        }
        return answers;
    }

    /** The pack's own trace line; {@code response} is null when no answer arrived. */
    private CallRecord record(Instant started, ModelRequest packed, StructuredSchema schema, ModelResponse response, String error) {
        Usage usage = response == null ? Usage.ZERO : response.usage();
        return new CallRecord(started, provider.name(), packed.model(), packed.messages(), schema == null ? null : schema.hash(),
                response == null ? null : response.text(), null, usage, prices.cost(provider.name(), packed.model(), usage),
                response == null ? Duration.ZERO : response.latency(), 0, error, response == null ? null : response.finishReason());
    }
}
