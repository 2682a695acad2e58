package dev.lingo.vm.machine;

/** A model call needs what the embedder did not grant (network, files, native code); nothing was sent. */
public final class AccessDeniedException extends IllegalArgumentException {

    public AccessDeniedException(String message) {
        super(message);
    }
}
