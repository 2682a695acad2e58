package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(buffer, true, StandardCharsets.UTF_8);

    @Test
    void aBugIsReportedAsSuchWithoutAJavaTraceByDefault() {
        int code = new ErrorReporter(err, false).reportBug(new IllegalStateException("node without parent"));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertTrue(text.startsWith("internal error: this is a bug in Lingo\nnode without parent\n"), text);
        assertTrue(text.contains("--stacktrace"), text);
        assertFalse(text.contains("\tat "), text);
    }

    @Test
    void aRuntimeThatFailedForLackOfHeapIsAMemoryErrorReportedOnce() {
        var reporter = new ErrorReporter(err, false);
        var broken = new AssertionError("Compiler initialization failed cannot continue.", new OutOfMemoryError("Java heap space"));
        assertEquals(ExitCodes.RUNTIME_ERROR, reporter.reportBug(broken));
        assertEquals(ExitCodes.RUNTIME_ERROR, reporter.reportBug(broken)); // closing the context fails alike
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(ErrorReporter.MEMORY_ERROR + "\nhint: this run may use "), text);
        assertEquals(1, text.lines().filter(l -> l.startsWith("MemoryError")).count(), text);
        assertFalse(text.contains("internal error"), text);
    }

    @Test
    void deepRecursionShowsEachDistinctFrameOnceWithTheCountOfItsRepeats() {
        int code = -1;
        try (Context context = Context.newBuilder("lingo").err(err).build()) {
            try {
                context.eval("lingo", "fn g(n) = if n == 0 { 1 / 0 } else { g(n - 1) }\ng(3)");
            } catch (PolyglotException e) {
                code = new ErrorReporter(err, false).report(e); // while the context lives: its frames need it
            }
        }
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.RUNTIME_ERROR, code);
        assertTrue(text.contains("ArithmeticError: Division by zero\n  at g (Unnamed:1:23)\n  at g (Unnamed:1:38)\n"
                        + "  (the line above 2 more times)\n  at <main> (Unnamed:2:1)"), text);
    }

    @Test
    void aMemoryErrorEndsWithAHintOnHowToGiveTheRunMoreMemory() {
        int code = -1;
        try (Context context = Context.newBuilder("lingo").err(err).build()) {
            try {
                context.eval("lingo", "throw error(\"MemoryError\", \"Out of memory\")");
            } catch (PolyglotException e) {
                code = new ErrorReporter(err, false).report(e);
            }
        }
        new ErrorReporter(err, false).outOfMemory(); // a heap too full for the language to report it
        String text = buffer.toString(StandardCharsets.UTF_8);
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        assertEquals(ExitCodes.RUNTIME_ERROR, code);
        String hint = "hint: this run may use " + maxMb + " MB; give it more with LINGO_JAVA_OPTS=-Xmx";
        assertTrue(text.startsWith("MemoryError: Out of memory\n  at <main> (Unnamed:1:1)\n" + hint), text);
        assertTrue(text.contains("\n" + ErrorReporter.MEMORY_ERROR + "\n" + hint), text);
    }

    @Test
    void stacktraceShowsTheJavaTraceOfABug() {
        int code = new ErrorReporter(err, true).reportBug(new IllegalStateException("node without parent"));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertTrue(text.contains("java.lang.IllegalStateException: node without parent"), text);
        assertTrue(text.contains("\tat dev.lingo.launcher.ErrorReporterTest"), text);
    }
}
