package dev.lingo.vm.answer;

/** The answer's text holds no JSON that can be read for the expected type; the message says why. */
public final class UnparseableAnswerException extends Exception {

    public UnparseableAnswerException(String message) {
        super(message);
    }
}
