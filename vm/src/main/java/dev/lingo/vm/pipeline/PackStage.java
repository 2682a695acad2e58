package dev.lingo.vm.pipeline;

import dev.lingo.vm.batch.PackingSettings;
import dev.lingo.vm.batch.PackingStats;
import dev.lingo.vm.batch.PromptPacker;
import dev.lingo.vm.call.TypedAnswer;

/**
 * Short classify, check and extract requests for one endpoint that arrive together travel as one
 * packed request ({@link PromptPacker}); an item the pack cannot answer goes on alone.
 */
public final class PackStage implements CallStage {

    private final PromptPacker packer;

    public PackStage(PromptPacker packer) {
        this.packer = packer;
    }

    @Override
    public TypedAnswer answer(ModelQuestion question, Next next) {
        if (question.isDirect() || !packer.accepts(question.providerKind(), question.request())) {
            return next.answer(question);
        }
        return packer.ask(question.provider().identity(), question.provider(), question.request(), () -> next.answer(question));
    }

    /** Replaces the packing settings for requests that arrive from now on. */
    public void settings(PackingSettings settings) {
        packer.settings(settings);
    }

    public PackingStats stats() {
        return packer.stats();
    }
}
