package dev.lingo.vm.answer;

/**
 * One way an answer misses its type.
 *
 * @param path     where, e.g. {@code complaints[2]} or {@code customer.email}; empty for the whole answer
 * @param expected the Lingo type expected there, e.g. {@code Int in 1..5}
 * @param problem  what is wrong, e.g. {@code expected Int in 1..5, got 7}
 */
public record ValidationError(String path, String expected, String problem) {

    /** The path as shown to people and models: the whole answer is called {@code answer}. */
    public String field() {
        return path.isEmpty() ? "answer" : path;
    }

    /** E.g. {@code stars: expected Int in 1..5, got 7}. */
    public String message() {
        return field() + ": " + problem;
    }

    @Override
    public String toString() {
        return message();
    }
}
