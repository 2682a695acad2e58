package dev.lingo.language.llm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.schedule.RunProgress;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/** Progress on stderr: silent for short runs, throttled lines off a terminal, one redrawn bar on one. */
class ProgressDisplayTest {

    private static final long SECOND = 1_000_000_000L;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final AtomicLong now = new AtomicLong();

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aShortRunPrintsNothing() {
        ProgressDisplay d = new ProgressDisplay(new PrintStream(out, true, StandardCharsets.UTF_8), false, now::get);
        now.set(SECOND / 2);
        d.update(new RunProgress(10, 10, 0, 0, 0, 0, 0, 0.0));
        d.finish();
        assertEquals("", text());
    }

    @Test
    void linesAreThrottledAndSayWhatIsLeft() {
        ProgressDisplay d = new ProgressDisplay(new PrintStream(out, true, StandardCharsets.UTF_8), false, now::get);
        now.set(2 * SECOND);
        d.update(new RunProgress(100, 40, 0, 32, 8, 0, 0, 0.0125));
        now.set(3 * SECOND); // within five seconds of the last line: nothing
        d.update(new RunProgress(100, 50, 0, 32, 8, 0, 0, 0.02));
        now.set(8 * SECOND);
        d.update(new RunProgress(100, 80, 1, 19, 8, 0, 0, 0.03));
        assertEquals("""
                        lingo: 40/100 done, 32 in flight, 8 cached, $0.0125, about 3 s left
                        lingo: 81/100 done, 19 in flight, 8 cached, $0.0300, about 2 s left
                        """, text());
    }

    @Test
    void theBarRedrawsOneLineAndEndsWithANewline() {
        ProgressDisplay d = new ProgressDisplay(new PrintStream(out, true, StandardCharsets.UTF_8), true, now::get);
        now.set(2 * SECOND);
        d.update(new RunProgress(10, 5, 0, 5, 0, 0, 0, 0.0));
        now.set(3 * SECOND);
        d.update(new RunProgress(10, 10, 0, 0, 0, 0, 0, 0.0));
        d.finish();
        String t = text();
        assertTrue(t.startsWith("\r\u001b[2K[############            ] 5/10 done"), t);
        assertTrue(t.contains("[########################] 10/10 done") && t.endsWith("\n"), t);
    }
}
