package dev.lingo.launcher;

import dev.lingo.vm.cache.CacheInfo;
import dev.lingo.vm.trace.PriceTable;
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
    private final PriceTable prices;

    /** @param prices what a model's tokens cost, to say what asking the cached questions again would */
    CacheInfoReport(PrintStream out, PriceTable prices) {
        this.out = out;
        this.prices = prices;
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
        double worth = 0;
        long unpriced = 0;
        for (CacheInfo.ModelAnswers m : info.models()) {
            Double cost = prices.cost(m.provider(), m.model(), m.usage());
            worth += cost == null ? 0 : cost;
            unpriced += cost == null ? m.answers() : 0;
        }
        line("worth", String.format(Locale.ROOT, "$%.6f at list prices: what asking again would cost", worth)
                + (unpriced == 0 ? "" : " (" + answers(unpriced) + " of unpriced models not counted)"));
        out.println();
        int width = info.models().stream().mapToInt(m -> name(m).length()).max().orElse(0);
        int digits = Long.toString(info.models().getFirst().answers()).length(); // most answers first
        for (CacheInfo.ModelAnswers m : info.models()) {
            Double cost = prices.cost(m.provider(), m.model(), m.usage());
            out.printf(Locale.ROOT, "%-" + width + "s  %" + digits + "d %-7s  %s tokens in, %s out  %s%n", name(m), m.answers(),
                    m.answers() == 1 ? "answer" : "answers", count(m.usage().inputTokens()), count(m.usage().outputTokens()),
                    cost == null ? "no price known" : String.format(Locale.ROOT, "$%.6f", cost));
        }
    }

    /** 1234 as 1.2k, 5600000 as 5.6M: token counts are read for their size. */
    static String count(long n) {
        if (n < 1000) {
            return Long.toString(n);
        }
        return n < 1_000_000 ? String.format(Locale.ROOT, "%.1fk", n / 1e3) : String.format(Locale.ROOT, "%.1fM", n / 1e6);
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
