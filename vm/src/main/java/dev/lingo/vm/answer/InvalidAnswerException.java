package dev.lingo.vm.answer;

import dev.lingo.vm.ModelCallException;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The model's answer did not fit its type, even after re-asking. Names the first wrong field and
 * the type expected there, lists every problem and keeps the raw answer.
 */
public final class InvalidAnswerException extends ModelCallException {

    private static final int MAX_RAW_IN_MESSAGE = 1000;

    private final String answerType;
    private volatile List<ValidationError> errors;
    private volatile String rawAnswer;
    private final int attempts;

    public InvalidAnswerException(String answerType, List<ValidationError> errors, String rawAnswer, int attempts) {
        super(message(answerType, errors, rawAnswer, attempts), null);
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("an invalid answer has at least one error");
        }
        this.answerType = answerType;
        this.errors = List.copyOf(errors);
        this.rawAnswer = rawAnswer;
        this.attempts = attempts;
    }

    @Override
    public String kind() {
        return "ModelAnswerError";
    }

    /** The first field that is wrong, e.g. {@code stars} or {@code complaints[2]}; {@code answer} for the whole. */
    public String field() {
        return errors.getFirst().field();
    }

    /** The type expected at {@link #field()}, e.g. {@code Int in 1..5}. */
    public String expected() {
        return errors.getFirst().expected();
    }

    /** The type of the whole answer, e.g. {@code Review}. */
    public String answerType() {
        return answerType;
    }

    public List<ValidationError> errors() {
        return errors;
    }

    public String rawAnswer() {
        return rawAnswer;
    }

    public int attempts() {
        return attempts;
    }

    @Override
    protected void redactKeptText(UnaryOperator<String> scrub) {
        rawAnswer = scrub.apply(rawAnswer);
        errors = errors.stream().map(e -> new ValidationError(e.path(), e.expected(), scrub.apply(e.problem()))).toList();
    }

    private static String message(String type, List<ValidationError> errors, String raw, int attempts) {
        StringBuilder m = new StringBuilder("the model's answer does not fit ").append(type);
        if (attempts > 1) {
            m.append(" (after ").append(attempts).append(" attempts)");
        }
        m.append(": ").append(errors.isEmpty() ? "?" : errors.getFirst().message());
        if (errors.size() > 1) {
            m.append("; and ").append(errors.size() - 1).append(errors.size() == 2 ? " more problem" : " more problems");
        }
        String shown = raw == null ? "" : raw.length() > MAX_RAW_IN_MESSAGE ? raw.substring(0, MAX_RAW_IN_MESSAGE) + "…" : raw;
        return m.append("\nraw answer: ").append(shown).toString();
    }
}
