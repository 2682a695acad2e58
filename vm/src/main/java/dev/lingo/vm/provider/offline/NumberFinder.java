package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a text: plain, with thousands separators, European decimals ("12,50 €"),
 * money with a symbol or ISO code, percentages, and the number words one to twelve. Digits that
 * belong to dates, identifiers, e-mails, URLs or phone numbers are not numbers of their own.
 */
final class NumberFinder {

    private static final String AMOUNT = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d{1,3}(?:\\.\\d{3})+,\\d{2}(?!\\d)|\\d+(?:[.,]\\d+)?";
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\w.])(?:(?<pre>[$€£¥]|(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\\s?)\\s?)?(?<neg>-)?(?<num>" + AMOUNT + ")"
            + "(?:\\s?(?<post>[€$£]|USD|EUR|GBP|CHF|JPY|CAD|AUD|dollars?|euros?|pounds?)(?![A-Za-z])"
            + "|\\s?(?<pct>%|percent|per cent))?");
    private static final Pattern WORD_NUMBER = Pattern.compile(
            "\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("$", "USD"), Map.entry("€", "EUR"),
            Map.entry("£", "GBP"), Map.entry("¥", "JPY"), Map.entry("dollar", "USD"), Map.entry("dollars", "USD"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"));

    private NumberFinder() {
    }

    static List<NumberMention> find(String text) {
        List<Span> blocked = PatternFinder.nonNumberSpans(text);
        List<NumberMention> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(), m.end(), m.group());
            if (blocked.stream().anyMatch(span::overlaps)) {
                continue;
            }
            String raw = m.group("num");
            double value = parse(raw);
            if (m.group("neg") != null) {
                value = -value;
            }
            boolean integral = !raw.matches(".*[.,]\\d{1,2}$") && !raw.matches(".*\\.\\d+$");
            String currency = currency(m.group("pre"), m.group("post"));
            out.add(new NumberMention(value, integral, span, currency, m.group("pct") != null));
        }
        Matcher w = WORD_NUMBER.matcher(text);
        while (w.find()) {
            int value = WORDS.indexOf(w.group(1).toLowerCase(Locale.ROOT)) + 1;
            out.add(new NumberMention(value, true, new Span(w.start(), w.end(), w.group()), null, false));
        }
        out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return out;
    }

    /** "1,234.50" and "1.234,50" and "12,50" (a European decimal) and "12.5". */
    static double parse(String raw) {
        String s = raw;
        if (s.matches("\\d{1,3}(?:\\.\\d{3})+,\\d{2}")) {
            s = s.replace(".", "").replace(',', '.');
        } else if (s.matches("\\d+,\\d{1,2}")) {
            s = s.replace(',', '.');
        } else {
            s = s.replace(",", "");
        }
        return Double.parseDouble(s);
    }

    private static String currency(String pre, String post) {
        String c = pre != null ? pre.strip() : post;
        if (c == null) {
            return null;
        }
        String lower = c.toLowerCase(Locale.ROOT);
        return SYMBOLS.getOrDefault(lower, SYMBOLS.getOrDefault(c, c.toUpperCase(Locale.ROOT)));
    }
}
