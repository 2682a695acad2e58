package dev.lingo.vm.memory;

/** A memory store cannot do what was asked; the message says why and what to do, for the user. */
public final class MemoryException extends RuntimeException {

    public MemoryException(String message) {
        super(message);
    }

    public MemoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
