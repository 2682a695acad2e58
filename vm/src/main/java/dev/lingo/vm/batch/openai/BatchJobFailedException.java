package dev.lingo.vm.batch.openai;

import dev.lingo.vm.provider.ProviderException;

/** A batch job failed as a whole (its input was rejected, or it could no longer be followed); names the job. */
public final class BatchJobFailedException extends ProviderException {

    private final String batchId;

    public BatchJobFailedException(String provider, String batchId, String detail, Throwable cause) {
        super(provider, "batch job " + batchId + " failed: " + detail, 0, false, null, cause);
        this.batchId = batchId;
    }

    public String batchId() {
        return batchId;
    }
}
