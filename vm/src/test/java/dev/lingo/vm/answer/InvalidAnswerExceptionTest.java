package dev.lingo.vm.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidAnswerExceptionTest {

    @Test
    void namesTheFieldTheExpectedTypeAndShowsTheRawAnswer() {
        String raw = "{\"stars\": 7, \"complaints\": [1]}";
        InvalidAnswerException e = new InvalidAnswerException("Review", List.of(
                new ValidationError("stars", "Int in 1..5", "expected Int in 1..5, got 7"),
                new ValidationError("complaints[0]", "String", "expected String, got 1")), raw, 3);
        assertEquals("stars", e.field());
        assertEquals("Int in 1..5", e.expected());
        assertEquals(raw, e.rawAnswer());
        assertEquals("ModelAnswerError", e.kind());
        assertEquals("the model's answer does not fit Review (after 3 attempts): stars: expected Int in 1..5, got 7;"
                + " and 1 more problem\nraw answer: " + raw, e.getMessage());
    }

    @Test
    void aLongRawAnswerIsShortenedInTheMessageButKeptWhole() {
        String raw = "x".repeat(5000);
        InvalidAnswerException e = new InvalidAnswerException("Int",
                List.of(new ValidationError("", "Int", "expected Int, got \"xxx…\"")), raw, 1);
        assertTrue(e.getMessage().length() < 1200, "message length " + e.getMessage().length());
        assertEquals(5000, e.rawAnswer().length());
        assertTrue(e.getMessage().startsWith("the model's answer does not fit Int: answer: expected Int"));
    }
}
