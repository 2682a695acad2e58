package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input made to hurt the parser: deep nesting, long chains, long unions. Each ends quickly, in a
 * result or in a located syntax error. The timeouts are far above the milliseconds these take
 * and far below the minutes they took before the parser bounded its lookahead and its depth.
 */
@Timeout(30)
class HostileInputTest {

    private final Context context = Context.create("lingo");

    @AfterEach
    void close() {
        context.close();
    }

    private PolyglotException parseError(String code) {
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.parse(Source.newBuilder("lingo", code, "test.lingo").buildLiteral()));
        assertTrue(e.isSyntaxError(), e.getMessage());
        assertFalse(e.isIncompleteSource(), e.getMessage());
        return e;
    }

    private static String firstLine(PolyglotException e) {
        return e.getMessage().lines().findFirst().orElseThrow();
    }

    @Test
    void aLambdaChain500DeepIsADepthErrorAtTheFirstLevelTooMany() {
        PolyglotException e = parseError("let f = " + "x -> ".repeat(500) + "1\n");
        // 256 lambdas of five characters each start at column 9; the 257th is one too many.
        assertEquals("test.lingo:1:1289: The program is nested more than 256 levels deep here", firstLine(e));
        assertEquals(1, e.getSourceLocation().getStartLine());
        assertEquals(1289, e.getSourceLocation().getStartColumn());
    }

    @Test
    void aLambdaChainWithinTheLimitParsesAndRuns() {
        String code = "let f = " + "x -> ".repeat(200) + "42\nf" + "(0)".repeat(200) + "\n";
        assertEquals(42, context.eval(Source.create("lingo", code)).asInt());
    }

    @Test
    void tenThousandNestedParenthesesAreADepthError() {
        PolyglotException e = parseError("let y = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "\n");
        assertEquals("test.lingo:1:265: The program is nested more than 256 levels deep here", firstLine(e));
        assertTrue(e.getMessage().contains("\nhint: split it up by naming inner parts with `let`"), e.getMessage());
    }

    @Test
    void aMillionParenthesesOpenedAndNeverClosedAreADepthErrorToo() {
        PolyglotException e = parseError("(".repeat(1_000_000));
        assertEquals("test.lingo:1:257: The program is nested more than 256 levels deep here", firstLine(e));
    }

    @Test
    void aLongChainOfOperatorsNestsToTheLeft() {
        PolyglotException e = parseError("let total = 1" + " + 1".repeat(300) + "\n");
        assertEquals("test.lingo:1:13: The program is nested more than 256 levels deep here", firstLine(e));
        assertEquals("3", context.eval(Source.create("lingo", "1 + 1 + 1")).toString());
    }

    @Test
    void aDeepSyntaxErrorBeforeTheDepthLimitIsReportedFirst() {
        PolyglotException e = parseError("let y = ((1 +)\n" + "(".repeat(1000));
        assertEquals("test.lingo:1:14: Unexpected `)`", firstLine(e));
    }

    /** Each kind of nesting, as deep as the parser allows, builds and runs on a thread with 1 MB of stack. */
    @Test
    void programsNestedUpToTheLimitRunOnAOneMegabyteStack() throws InterruptedException {
        Map<String, IntFunction<String>> kinds = new LinkedHashMap<>();
        kinds.put("parentheses", n -> "(".repeat(n) + "1" + ")".repeat(n));
        kinds.put("lists", n -> "[".repeat(n) + "1" + "]".repeat(n));
        kinds.put("blocks", n -> "{ ".repeat(n) + "1" + " }".repeat(n));
        kinds.put("calls", n -> "str(".repeat(n) + "1" + ")".repeat(n));
        kinds.put("lambdas", n -> "(" + "x -> ".repeat(n) + "1)" + "(0)".repeat(n));
        kinds.put("negations", n -> "-".repeat(2 * (n / 2)) + "1");
        kinds.put("sums", n -> "1" + " + 1".repeat(n));
        kinds.put("else-ifs", n -> "if false { 0 }" + " else if false { 0 }".repeat(n) + " else { 1 }");
        kinds.put("ifs", n -> "if true { ".repeat(n) + "1" + " }".repeat(n));
        kinds.put("matches", n -> "match 1 { _ -> ".repeat(n) + "1" + " }".repeat(n));
        kinds.put("interpolations", n -> "\"{".repeat(n) + "1" + "}\"".repeat(n));
        kinds.put("types", n -> "fn () -> " + "[".repeat(n) + "Int" + "]".repeat(n) + " { " + "[".repeat(n) + "1" + "]".repeat(n) + " }()");
        for (var kind : kinds.entrySet()) {
            String deepest = deepestThatParses(kind.getValue());
            String[] outcome = new String[1];
            Thread thread = new Thread(null, () -> outcome[0] = run(deepest), "one-megabyte", 1 << 20);
            thread.start();
            thread.join();
            assertEquals("ok", outcome[0], kind.getKey());
        }
    }

    private String deepestThatParses(IntFunction<String> program) {
        int fits = 0;
        int tooDeep = 300;
        while (tooDeep - fits > 1) {
            int n = (fits + tooDeep) / 2;
            try {
                context.parse(Source.create("lingo", "let v = " + program.apply(n)));
                fits = n;
            } catch (PolyglotException e) {
                assertTrue(e.getMessage().contains("nested more than 256 levels"), e.getMessage());
                tooDeep = n;
            }
        }
        assertTrue(fits > 40, "hardly any nesting fits: " + program.apply(1));
        return "let v = " + program.apply(fits) + "\nprint(\"ok\")";
    }

    private static String run(String code) {
        var out = new ByteArrayOutputStream();
        try (Context c = Context.newBuilder("lingo").out(out).build()) {
            c.eval(Source.create("lingo", code));
            return out.toString(StandardCharsets.UTF_8).strip();
        } catch (PolyglotException e) {
            return e.getMessage();
        }
    }

    @Test
    void aLineThatStartsWithAParenthesisStillContinuesAfterALongArgument() {
        String sum = "1" + " + 1".repeat(60);
        String code = "fn f(x) = fn (y) { x + y }\nlet g = f\n(" + sum + ")\ng(1)\n";
        assertEquals(62, context.eval(Source.create("lingo", code)).asInt());
    }

    @Test
    void longUnionsAndLongArgumentsParseInLinearTime() {
        String labels = "\"a\"" + " | \"b\"".repeat(100_000);
        context.parse(Source.create("lingo", "type Label = " + labels + "\nlet n = 1\n"));
        context.parse(Source.create("lingo", "let k = match 1 { is " + labels + " | 0 -> 1, _ -> 2 }\n"));
        context.parse(Source.create("lingo", "print(" + "[1, [2, 3], {a: 4}], ".repeat(50_000) + "5)\n"));
        PolyglotException e = parseError("print(" + "x -> ".repeat(100_000) + "1)\n");
        assertEquals("test.lingo:1:1282: The program is nested more than 256 levels deep here", firstLine(e));
    }
}
