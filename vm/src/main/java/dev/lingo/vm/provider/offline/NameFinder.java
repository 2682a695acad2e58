package dev.lingo.vm.provider.offline;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names: two or three capitalised words ("Maria Lopez", "Jean-Luc Picard") that are not
 * greetings, months or other capitalised stock words. Names after "Dear", "From:", "I'm",
 * "my name is" or a sign-off ("Regards,") are preferred; otherwise the first name-like pair wins.
 */
final class NameFinder {

    private static final Pattern PAIR = Pattern.compile(
            "\\b(\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?)(?:\\s+(\\p{Lu}\\.|\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}]+)?)){1,2}\\b");
    private static final Pattern CUE = Pattern.compile(
            "(?i)(?:dear|hi|hello|from:?|bill to:?|ship to:?|sold to:?|attn:?|attention:?|name is|i'm|i am|this is|regards,?|thanks,?|thank you,?|cheers,?|sincerely,?|best,?|"
            + "customer:?|reviewer:?|author:?|contact:?|by|—|-)\\s*$");
    private static final Pattern COMPANY = Pattern.compile(
            ",?\\s+(?:GmbH|AG|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|Co\\.|S\\.?A\\.?|plc|BV|SARL|Limited)\\b");
    private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "There", "Here", "Hi",
            "Hello", "Dear", "Thanks", "Thank", "Regards", "Best", "Kind", "Cheers", "Sincerely", "Please", "Invoice",
            "Order", "Ticket", "Total", "Date", "Due", "Subject", "From", "To", "Re", "Fwd", "Customer", "Support", "Team",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
            "April", "May", "June", "July", "August", "September", "October", "November", "December", "I", "My", "We",
            "Our", "Your", "It", "Great", "Good", "Very", "Not", "And", "But", "Also", "Amount", "Price", "Status", "Paid",
            "Payment", "Ltd", "Inc", "GmbH", "LLC", "Street", "Road", "Avenue", "Pro", "Plan", "Premium", "Basic");

    private NameFinder() {
    }

    static Span find(String text) {
        Span first = null;
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            String[] words = m.group().split("\\s+");
            int from = 0;
            while (from < words.length && NOT_NAMES.contains(words[from])) {
                from++;
            }
            int to = words.length;
            while (to > from && NOT_NAMES.contains(words[to - 1].replaceAll("\\.$", ""))) {
                to--;
            }
            if (to - from < 2) {
                continue;
            }
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
            int start = text.indexOf(name, m.start());
            if (COMPANY.matcher(text.substring(start + name.length())).lookingAt()) {
                continue; // "Office Supplies GmbH" is a company
            }
            Span span = new Span(start, start + name.length(), name);
            String before = text.substring(Math.max(0, start - 20), start);
            if (CUE.matcher(before).find()) {
                return span;
            }
            if (first == null) {
                first = span;
            }
        }
        return first;
    }
}
