package dev.lingo.vm.schedule;

import java.util.concurrent.CancellationException;

/**
 * An opcode was cancelled before its request was sent: it was never sent nor billed. A
 * {@link CancellationException}, so a cancelled future's {@code isCancelled()} is true and
 * {@code join()} throws it as it is.
 */
public final class CancelledBeforeSendingException extends CancellationException {

    public CancelledBeforeSendingException() {
        super("the model call was cancelled before it was sent");
    }
}
