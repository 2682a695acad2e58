package dev.lingo.language.tables;

/** One step of a stream, applied to each record in order. */
public sealed interface Stage {

    /** Each element becomes {@code f(element)}; the result may be an answer still on its way. */
    record Map(Object function) implements Stage {
    }

    /** Keeps the elements for which {@code p(element)} is true (waiting for the answer if needed). */
    record Filter(Object predicate) implements Stage {
    }

    /** The stream ends after {@code count} elements have passed this step. */
    record Take(long count) implements Stage {
    }
}
