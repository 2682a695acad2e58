package dev.lingo.vm.cache;

/** Where an answer came from; written into recordings and shown in traces. */
public enum AnswerSource {
    /** A provider was called (and paid). */
    MODEL,
    /** The answer cache. */
    CACHE,
    /** A recording being replayed. */
    REPLAY
}
