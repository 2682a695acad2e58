package dev.lingo.language.builtins;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A pattern that backtracks for ages still stops when the host interrupts or cancels the context. */
@Timeout(30)
class CatastrophicRegexTest {

    /** Polynomial of degree 12 in the length: seconds at 24 characters, years at 60. */
    private static final String BACKTRACKING = "r\"(.*a){12}x\"";

    private static final String BACKTRACKS = "print(\"a\".repeat(60).matches(" + BACKTRACKING + "))";

    @Test
    void interruptStopsAMatchThatBacktracksForAges() throws Exception {
        try (Context context = Context.create("lingo")) {
            Thread runner = Thread.currentThread();
            Thread interrupter = Thread.ofVirtual().start(() -> {
                try {
                    Thread.sleep(300);
                    context.interrupt(Duration.ofSeconds(10));
                } catch (InterruptedException | TimeoutException e) {
                    runner.interrupt();
                }
            });
            PolyglotException e = assertThrows(PolyglotException.class, () -> context.eval("lingo", BACKTRACKS));
            assertTrue(e.isInterrupted() || e.isCancelled(), e.getMessage());
            interrupter.join();
        }
    }

    @Test
    void cancelStopsAReplacementThatBacktracksForAges() {
        Context context = Context.create("lingo");
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            context.close(true);
        });
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval("lingo", "print(\"a\".repeat(60).replaceAll(" + BACKTRACKING + ", \"x\"))"));
        assertTrue(e.isCancelled(), e.getMessage());
    }
}
