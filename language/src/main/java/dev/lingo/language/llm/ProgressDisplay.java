package dev.lingo.language.llm;

import dev.lingo.vm.schedule.RunProgress;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows model calls on stderr while a run waits for them: one bar redrawn in place on a terminal,
 * a plain line every few seconds otherwise. Quiet during the first second, so short runs print nothing.
 */
final class ProgressDisplay {

    private static final long QUIET_NANOS = 1_000_000_000L;
    private static final long BAR_EVERY_NANOS = 100_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream err;
    private final boolean bar;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private RunProgress last;
    private boolean drawn;

    ProgressDisplay(PrintStream err, boolean bar) {
        this(err, bar, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime} */
    ProgressDisplay(PrintStream err, boolean bar, LongSupplier clock) {
        this.err = err;
        this.bar = bar;
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    synchronized void update(RunProgress p) {
        last = p;
        long now = clock.getAsLong();
        if (p.submitted() == 0) {
            return; // embeddings alone (no opcode yet): their requests are counted in the summary, not shown as 0/0
        }
        if (now - started < QUIET_NANOS || (drawn && now - lastDrawn < (bar ? BAR_EVERY_NANOS : LINE_EVERY_NANOS))) {
            return;
        }
        lastDrawn = now;
        draw(p, now);
    }

    private void draw(RunProgress p, long now) {
        long finished = p.done() + p.failed();
        String text = String.format(Locale.ROOT, "%d/%d done, %d in flight, %d cached, $%.4f%s", finished, p.submitted(),
                        p.inFlight(), p.cacheHits(), p.cost(), eta(p, finished, now));
        if (bar) {
            int width = 24;
            int filled = p.submitted() == 0 ? 0 : (int) (finished * width / p.submitted());
            err.print("\r\u001b[2K[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + text);
            err.flush();
        } else {
            err.println("lingo: " + text);
        }
        drawn = true;
    }

    private String eta(RunProgress p, long finished, long now) {
        long remaining = p.submitted() - finished;
        if (finished == 0 || remaining <= 0) {
            return "";
        }
        double seconds = (now - started) / 1e9 / finished * remaining;
        return String.format(Locale.ROOT, ", about %.0f s left", Math.ceil(seconds));
    }

    synchronized void finish() {
        if (drawn && bar) {
            draw(last, clock.getAsLong());
            err.println();
        }
    }
}
