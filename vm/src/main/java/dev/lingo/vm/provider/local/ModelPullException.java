package dev.lingo.vm.provider.local;

/** A model download failed; the message says what to do (usually: run the pull again to resume). */
public final class ModelPullException extends RuntimeException {

    public ModelPullException(String message) {
        super(message);
    }

    public ModelPullException(String message, Throwable cause) {
        super(message, cause);
    }
}
