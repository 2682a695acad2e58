package dev.lingo.vm.pipeline;

import dev.lingo.vm.batch.BatchItem;
import dev.lingo.vm.batch.BatchSender;
import dev.lingo.vm.batch.openai.OpenAiBatchMode;
import dev.lingo.vm.call.TypedAnswer;

/**
 * Batch mode ({@code --batch}): OpenAI requests wait for a Batch API job instead of being sent one
 * by one; an item the job gives no usable answer for goes on alone. Off until {@link #mode} is set.
 */
public final class BatchStage implements CallStage {

    private volatile OpenAiBatchMode mode;

    @Override
    public TypedAnswer answer(ModelQuestion question, Next next) {
        OpenAiBatchMode batch = mode;
        if (batch == null || question.isDirect() || !question.shareable() || !question.providerKind().equals("openai")) {
            return next.answer(question);
        }
        String identity = question.provider().identity();
        BatchSender sender = batch.sender(identity, question.batchEndpoint().get());
        return batch.collector().ask(identity + " " + question.request().model(), sender,
                        new BatchItem(question.cacheKey(), question.request()), () -> next.answer(question));
    }

    /** Batch mode on ({@code null}: off) for requests that arrive from now on. */
    public void mode(OpenAiBatchMode batchMode) {
        mode = batchMode;
    }
}
