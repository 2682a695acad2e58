package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    void stacktraceShowsTheJavaTraceOfABug() {
        int code = new ErrorReporter(err, true).reportBug(new IllegalStateException("node without parent"));
        String text = buffer.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.INTERNAL_ERROR, code);
        assertTrue(text.contains("java.lang.IllegalStateException: node without parent"), text);
        assertTrue(text.contains("\tat dev.lingo.launcher.ErrorReporterTest"), text);
    }
}
