package dev.lingo.launcher;

import dev.lingo.vm.cache.CacheInfo;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** What {@code lingo cache info} prints: one labelled line per fact, then answers per provider and model. */
final class CacheInfoReport {

    /** Local time, to the minute: when a script ran is what people remember. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final PrintStream out;

    CacheInfoReport(PrintStream out) {
        this.out = out;
    }

    void location(Path file, String reason) {
        line("answer cache", file.toString());
        line("", reason);
    }

    void absent() {
        line("answers", "none yet: the file does not exist (the first run that calls a model makes it)");
    }

    void contents(CacheInfo info) {
        line("answers", Long.toString(info.answers()));
        line("on disk", bytes(info.bytesOnDisk()));
        if (info.answers() == 0) {
            return;
        }
        line("oldest", DATE.format(info.oldest()));
        line("newest", DATE.format(info.newest()));
        out.println();
        int width = info.models().stream().mapToInt(m -> name(m).length()).max().orElse(0);
        int digits = Long.toString(info.models().getFirst().answers()).length(); // most answers first
        for (CacheInfo.ModelAnswers m : info.models()) {
            out.printf(Locale.ROOT, "%-" + width + "s  %" + digits + "d %s%n", name(m), m.answers(),
                    m.answers() == 1 ? "answer" : "answers");
        }
    }

    private void line(String label, String value) {
        out.printf(Locale.ROOT, "%-14s%s%n", label, value);
    }

    private static String name(CacheInfo.ModelAnswers m) {
        return m.provider() + "/" + m.model();
    }

    /** Decimal units, as `lingo model pull` counts its downloads. */
    static String bytes(long n) {
        if (n < 1000) {
            return n + " bytes";
        }
        String[] units = {"kB", "MB", "GB", "TB"};
        double v = n;
        int unit = -1;
        while (v >= 1000 && unit < units.length - 1) {
            v /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[unit]);
    }

    static String answers(long n) {
        return n + (n == 1 ? " answer" : " answers");
    }
}
