package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Parse errors reach embedders as syntax errors, with incomplete input told apart. */
class ParseErrorTest {

    private final Context context = Context.create("lingo");

    @AfterEach
    void close() {
        context.close();
    }

    private PolyglotException parseError(String code) {
        return assertThrows(PolyglotException.class,
                        () -> context.parse(Source.newBuilder("lingo", code, "test.lingo").buildLiteral()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"fn f(x) {", "let s = \"abc", "let xs = [1, 2", "print(", "let r = {a: 1,", "\"\"\"\ntext", "if x > 1"})
    void inputThatEndsTooEarlyIsIncomplete(String code) {
        PolyglotException e = parseError("let x = 1\n" + code);
        assertTrue(e.isSyntaxError(), e.getMessage());
        assertTrue(e.isIncompleteSource(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"let = 1", "fn 1", "1 +* 2", "let x = )", "}", "let x = 1 #", "let s = \"a\\q\""})
    void malformedInputIsASyntaxErrorButNotIncomplete(String code) {
        PolyglotException e = parseError(code);
        assertTrue(e.isSyntaxError(), e.getMessage());
        assertFalse(e.isIncompleteSource(), e.getMessage());
    }

    @Test
    void reportShowsLocationSourceLineAndCaret() {
        PolyglotException e = parseError("let total = 1\nprint(totl + 1)\n");
        assertEquals("""
                        test.lingo:2:7: Unknown name `totl`. Did you mean `total`?
                         2 | print(totl + 1)
                           |       ^^^^""", e.getMessage());
        assertEquals(2, e.getSourceLocation().getStartLine());
    }

    @Test
    void unicodeBeforeTheErrorKeepsTheCaretInPlace() {
        PolyglotException e = parseError("let s = \"😀😀\"; let t = nope");
        assertTrue(e.getMessage().contains("1:23: Unknown name `nope`"), e.getMessage());
    }

    @Test
    void malformedNumbersAreNamedWhole() {
        PolyglotException e = parseError("let x = 0xZZ + 1");
        assertTrue(e.getMessage().startsWith("test.lingo:1:9: Malformed number `0xZZ`"), e.getMessage());
    }

    @Test
    void anUnclosedCommentIsIncompleteInput() {
        PolyglotException e = parseError("let x = 1\n/* notes");
        assertTrue(e.isIncompleteSource(), e.getMessage());
        assertTrue(e.getMessage().contains("The comment is never closed"), e.getMessage());
    }

    @Test
    void aVeryLongLineIsShownAroundTheError() {
        PolyglotException e = parseError("let xs = [" + "1, ".repeat(300) + "nope]\n");
        String[] lines = e.getMessage().split("\n");
        assertEquals("test.lingo:1:911: Unknown name `nope`", lines[0]);
        assertTrue(lines[1].length() < 180, lines[1]);
        assertTrue(lines[1].startsWith(" 1 | ..."), lines[1]);
        assertEquals(lines[1].indexOf("nope"), lines[2].indexOf('^'), e.getMessage());
    }
}
