package dev.lingo.vm.provider.offline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in common formats, as ISO strings: {@code 2024-03-05}, {@code March 5, 2024},
 * {@code 5 March 2024}, {@code Mar 5th 2024}, {@code 05.03.2024} (day first, as in Europe) and
 * {@code 3/5/2024} (month first, as in the US, unless the first number cannot be a month).
 */
final class DateFinder {

    private static final String MONTH = "(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
            + "aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})\\b");
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\b" + MONTH + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "\\b(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(?<year>\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private DateFinder() {
    }

    static List<DateMention> find(String text) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = ISO.matcher(text);
        while (m.find()) {
            add(out, m, num(m.group(1)), num(m.group(2)), num(m.group(3)));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = num(m.group(1));
            int b = num(m.group(3));
            boolean dayFirst = m.group(2).equals(".") || a > 12;
            add(out, m, num(m.group(4)), dayFirst ? b : a, dayFirst ? a : b);
        }
        for (Pattern p : List.of(MONTH_FIRST, DAY_FIRST)) {
            m = p.matcher(text);
            while (m.find()) {
                int month = MONTHS.indexOf(m.group("month").substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
                add(out, m, num(m.group("year")), month, num(m.group("day")));
            }
        }
        out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
        return out;
    }

    private static void add(List<DateMention> out, Matcher m, int year, int month, int day) {
        Span span = new Span(m.start(), m.end(), m.group());
        if (out.stream().anyMatch(d -> d.span().overlaps(span))) {
            return;
        }
        try {
            out.add(new DateMention(span, LocalDate.of(year, month, day).toString()));
        } catch (DateTimeException e) {
            // 31/02/2024 and the like: not a date
        }
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
