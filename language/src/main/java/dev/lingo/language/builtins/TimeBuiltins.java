package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * {@code std:time}: dates and times as ISO-8601 Strings (spec 18), so they print, compare, sort and
 * go to JSON as they are, and a model's extracted dates need no conversion.
 */
final class TimeBuiltins {

    private static final String EXAMPLES = "an ISO date or date-time, e.g. \"2026-12-04\", \"2026-12-04T15:30:00\" or \"2026-12-04T15:30:00Z\"";
    private static final RecordShape PARTS = RecordShape.of("year", "month", "day", "weekday", "dayOfYear", "hour", "minute", "second", "offset");

    /** A date-time that ends in an offset such as {@code +01:00}. */
    private static final java.util.regex.Pattern OFFSET = java.util.regex.Pattern.compile("[+-]\\d\\d:\\d\\d$");

    private TimeBuiltins() {
    }

    static void register() {
        add("time.now", 0, 0, (a, n) -> iso(OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS)));
        add("time.today", 0, 0, (a, n) -> LocalDate.now(ZoneId.systemDefault()).toString());
        add("time.parseDate", 2, 2, (a, n) -> parse(Args.string(a[0], "parseDate's text", n), Args.string(a[1], "parseDate's pattern", n), n));
        add("time.formatDate", 2, 2, (a, n) -> format(read(a[0], "formatDate", n), Args.string(a[1], "formatDate's pattern", n), n));
        add("time.addTime", 2, 2, (a, n) -> addTime(read(a[0], "addTime", n), Args.record(a[1], "addTime's amounts", n), n));
        add("time.between", 3, 3, (a, n) -> between(read(a[0], "between", n), read(a[1], "between", n),
                        Args.string(a[2], "between's unit", n), n));
        add("time.dateParts", 1, 1, (a, n) -> parts(read(a[0], "dateParts", n)));
    }

    /** A date, a local date-time or a date-time with an offset, from its ISO text. */
    private static Temporal read(Object value, String function, Node n) {
        String text = Args.string(value, function + "'s date", n);
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text);
            }
            if (text.endsWith("Z") || OFFSET.matcher(text).find()) {
                return OffsetDateTime.parse(text);
            }
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw LingoError.of("ValueError", function + ": " + Display.repr(text) + " is not " + EXAMPLES, n);
        }
    }

    /** Seconds always shown (Java's toString drops ":00"), fractions only when there are some, UTC as Z. */
    private static String iso(Temporal t) {
        return switch (t) {
            case OffsetDateTime o -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(o);
            case LocalDateTime l -> DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(l);
            default -> t.toString();
        };
    }

    private static DateTimeFormatter formatter(String pattern, String function, Node n) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw LingoError.of("ValueError", function + "'s pattern " + Display.repr(pattern) + " is not valid: " + e.getMessage(), n);
        }
    }

    /**
     * The most the pattern says: an offset date-time, a local date-time, or a date. Strict, so
     * 31/02 is an error, not 28 February; strict needs {@code u} (year) where users write {@code y}.
     */
    private static String parse(String text, String pattern, Node n) {
        formatter(pattern, "parseDate", n); // a bad pattern is reported as the user wrote it
        DateTimeFormatter f = DateTimeFormatter.ofPattern(strictYears(pattern), Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        try {
            TemporalAccessor parsed = f.parse(text.strip());
            LocalDate date = LocalDate.from(parsed);
            if (!parsed.isSupported(ChronoField.HOUR_OF_DAY)) {
                return date.toString();
            }
            LocalDateTime local = LocalDateTime.from(parsed);
            return iso(parsed.isSupported(ChronoField.OFFSET_SECONDS) ? OffsetDateTime.from(parsed) : local);
        } catch (DateTimeParseException e) {
            if (e.getCause() != null) { // it matched, but the values make no date
                throw LingoError.of("ValueError", "parseDate: " + Display.repr(text) + " is not a real date: "
                                + e.getCause().getMessage().replace("Invalid date ", "there is no "), n);
            }
            throw LingoError.of("ValueError", "parseDate: " + Display.repr(text) + " does not match the pattern "
                            + Display.repr(pattern) + " at index " + e.getErrorIndex(), n);
        } catch (DateTimeException e) {
            throw LingoError.of("ValueError", "parseDate: the pattern " + Display.repr(pattern)
                            + " gives no whole date: it needs a year, a month and a day", n);
        }
    }

    private static String strictYears(String pattern) {
        StringBuilder b = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (char c : pattern.toCharArray()) {
            quoted ^= c == '\'';
            b.append(!quoted && c == 'y' ? 'u' : c);
        }
        return b.toString();
    }

    private static String format(Temporal t, String pattern, Node n) {
        try {
            return formatter(pattern, "formatDate", n).format(t);
        } catch (DateTimeException e) {
            throw LingoError.of("ValueError", "formatDate: the pattern " + Display.repr(pattern) + " asks for what "
                            + Display.repr(iso(t)) + " does not have (" + e.getMessage() + ")", n);
        }
    }

    private static String addTime(Temporal t, LingoRecord amounts, Node n) {
        Temporal result = t;
        for (int i = 0; i < amounts.size(); i++) {
            String name = amounts.shape().name(i);
            long amount = Args.integer(amounts.valueAt(i), "addTime's " + name, n);
            ChronoUnit unit = unit(name, "addTime", n);
            if (!result.isSupported(unit)) {
                throw LingoError.of("ValueError", "addTime: a date has no " + name + "; use a date-time such as "
                                + Display.repr(t + "T00:00:00"), n);
            }
            try {
                result = result.plus(amount, unit);
            } catch (DateTimeException | ArithmeticException e) {
                throw LingoError.of("ValueError", "addTime: " + amount + " " + name + " leaves the range of dates", n);
            }
        }
        return iso(result);
    }

    private static long between(Temporal from, Temporal to, String unitName, Node n) {
        ChronoUnit unit = unit(unitName, "between", n);
        if (from.getClass() != to.getClass()) {
            throw LingoError.of("ValueError", "between: " + Display.repr(iso(from)) + " and " + Display.repr(iso(to))
                            + " are not the same kind (a date, a date-time, a date-time with an offset)", n);
        }
        if (!from.isSupported(unit)) {
            throw LingoError.of("ValueError", "between: dates have no " + unitName, n);
        }
        return from.until(to, unit);
    }

    private static ChronoUnit unit(String name, String function, Node n) {
        return switch (name) {
            case "years" -> ChronoUnit.YEARS;
            case "months" -> ChronoUnit.MONTHS;
            case "weeks" -> ChronoUnit.WEEKS;
            case "days" -> ChronoUnit.DAYS;
            case "hours" -> ChronoUnit.HOURS;
            case "minutes" -> ChronoUnit.MINUTES;
            case "seconds" -> ChronoUnit.SECONDS;
            default -> throw LingoError.of("ValueError", function + ": " + Display.repr(name)
                            + " is not a unit: years, months, weeks, days, hours, minutes or seconds", n);
        };
    }

    private static LingoRecord parts(Temporal t) {
        LocalDate date = LocalDate.from(t);
        boolean timed = t.isSupported(ChronoField.HOUR_OF_DAY);
        Object offset = t instanceof OffsetDateTime o ? o.getOffset().getId() : dev.lingo.language.runtime.LingoNull.INSTANCE;
        return new LingoRecord(PARTS, new Object[]{(long) date.getYear(), (long) date.getMonthValue(), (long) date.getDayOfMonth(),
                        date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH), (long) date.getDayOfYear(),
                        timed ? (long) t.get(ChronoField.HOUR_OF_DAY) : 0L, timed ? (long) t.get(ChronoField.MINUTE_OF_HOUR) : 0L,
                        timed ? (long) t.get(ChronoField.SECOND_OF_MINUTE) : 0L, offset});
    }
}
