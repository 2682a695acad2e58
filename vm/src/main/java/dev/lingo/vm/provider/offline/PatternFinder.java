package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** E-mail addresses, URLs, phone numbers and identifiers such as {@code INV-2291} or {@code #48213}. */
final class PatternFinder {

    static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"')]+[^\\s<>\"').,;:!?]");
    static final Pattern PHONE = Pattern.compile("(?<![\\w-])(?:\\+|\\()?\\d[\\d ()./-]{6,}\\d(?![\\w-])");
    static final Pattern IDENTIFIER = Pattern.compile(
            "(?<![\\w-])(?:[A-Z]{1,6}[-_/]?\\d[\\w-]*|\\d+[-_/][A-Z][\\w-]*|#\\s?\\d{2,}[\\w-]*|[A-Z]+\\d+[A-Z\\d]*)"
            + "(?:/[\\w-]+)*(?![\\w-])");

    private PatternFinder() {
    }

    static List<Span> emails(String text) {
        return all(EMAIL, text);
    }

    static List<Span> urls(String text) {
        return all(URL, text);
    }

    /** Phone-like digit runs that are not dates or plain amounts (at least 7 digits). */
    static List<Span> phones(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : all(PHONE, text)) {
            long digits = s.text().chars().filter(Character::isDigit).count();
            if (digits >= 7 && DateFinder.find(s.text()).isEmpty() && !s.text().matches("[\\d,.]+")) {
                out.add(s);
            }
        }
        return out;
    }

    static List<Span> identifiers(String text) {
        List<Span> out = new ArrayList<>();
        for (Span s : all(IDENTIFIER, text)) {
            String t = s.text();
            if (t.chars().anyMatch(Character::isDigit) && !t.matches("(?:USD|EUR|GBP|CHF|JPY|CAD|AUD)\\d.*")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Where digits are part of something else: a number found there is not a quantity. */
    static List<Span> nonNumberSpans(String text) {
        List<Span> out = new ArrayList<>();
        out.addAll(emails(text));
        out.addAll(urls(text));
        out.addAll(phones(text));
        out.addAll(identifiers(text));
        DateFinder.find(text).forEach(d -> out.add(d.span()));
        return out;
    }

    private static List<Span> all(Pattern p, String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new Span(m.start(), m.end(), m.group()));
        }
        return out;
    }
}
