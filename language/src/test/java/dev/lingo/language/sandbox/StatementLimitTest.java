package dev.lingo.language.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.junit.jupiter.api.Test;

/** An embedder's ResourceLimits statement limit stops Lingo code: Lingo's statements carry Truffle's statement tag. */
class StatementLimitTest {

    private static Context limited(long statements) {
        var limits = ResourceLimits.newBuilder().statementLimit(statements, null).build();
        return Context.newBuilder("lingo").resourceLimits(limits).out(new ByteArrayOutputStream()).err(new ByteArrayOutputStream()).build();
    }

    private static void assertStoppedAtTheLimit(String program) {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Context context = limited(10_000);
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("lingo", program));
            assertTrue(e.isResourceExhausted(), e::getMessage);
            assertTrue(e.getMessage().contains("Statement count limit of 10000 exceeded"), e::getMessage);
            assertThrows(PolyglotException.class, context::close, "the limit cancelled the context; closing says so again");
        }, "an endless program that the limit did not stop");
    }

    @Test
    void anEmptyEndlessLoopIsStopped() {
        assertStoppedAtTheLimit("while true {}");
    }

    @Test
    void anEndlessLoopWithABodyIsStopped() {
        assertStoppedAtTheLimit("var n = 0\nwhile true { n += 1 }");
    }

    @Test
    void endlessRecursionAndLoopsInsideFunctionsAreStopped() {
        assertStoppedAtTheLimit("fn spin(n) { let m = n + 1\n  spin(m) }\nspin(0)");
        assertStoppedAtTheLimit("fn count() { var i = 0\n  for x in 1..100000000 { i += x }\n  i }\ncount()");
    }

    @Test
    void aProgramWithinTheLimitRunsToTheEnd() {
        try (Context context = limited(10_000)) {
            assertEquals(5050, context.eval("lingo", "var s = 0\nfor i in 1..100 { s += i }\ns").asLong());
        }
    }

    @Test
    void theLimitCountsStatementsNotExpressions() {
        // 2,000 iterations of one statement of some twenty expressions each: within a limit of 10,000
        try (Context context = limited(10_000)) {
            assertEquals(2000, context.eval("lingo", """
                    var n = 0
                    for i in 1..2000 { n = n + (i * 2 - i * 2) + [1, 2, 3].size - 3 + (if i > 0 { 1 } else { 0 }) }
                    n""").asLong());
        }
    }
}
