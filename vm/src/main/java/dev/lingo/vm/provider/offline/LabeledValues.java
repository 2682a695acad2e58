package dev.lingo.vm.provider.offline;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Label: value" pairs, as invoices, forms and e-mail headers write them ({@code Invoice no: INV-7},
 * {@code Due date: 2024-04-01}). A pair belongs to a field when the label's words are the field's.
 */
final class LabeledValues {

    private static final Pattern PAIR = Pattern.compile(
            "(?:^|(?<=[\\n|;]))[ \\t]*(?<label>[A-Za-z][A-Za-z0-9 #/().'_-]{0,40}?)[ \\t]*[:=][ \\t]*(?<value>[^\\n|;]*\\S)");
    private static final double ENOUGH = 0.5;

    private LabeledValues() {
    }

    /** The value whose label fits the field best, or null. */
    static Span valueFor(FieldCue cue, String text) {
        if (cue.isEmpty()) {
            return null;
        }
        Set<String> nameStems = new HashSet<>();
        cue.nameWords().forEach(w -> nameStems.add(TextUnits.stem(w)));
        Span best = null;
        double bestScore = ENOUGH - 1e-9;
        Matcher m = PAIR.matcher(text);
        while (m.find()) {
            List<String> label = labelWords(m.group("label"));
            if (label.isEmpty()) {
                continue;
            }
            long byName = label.stream().filter(nameStems::contains).count();
            long byCue = label.stream().filter(cue.keywords()::contains).count();
            double score = Math.max((double) byName / Math.max(label.size(), nameStems.size()),
                    0.9 * byCue / label.size());
            if (score > bestScore) {
                bestScore = score;
                best = new Span(m.start("value"), m.end("value"), m.group("value").strip());
            }
        }
        return best;
    }

    /** A label's words, stemmed; unlike running text, "no" here means number ("Invoice no"). */
    private static List<String> labelWords(String label) {
        return TextUnits.words(label).stream().map(w -> w.text().toLowerCase(java.util.Locale.ROOT))
                .filter(w -> !TextUnits.STOPWORDS.contains(w))
                .map(w -> Set.of("no", "nr", "num", "nº").contains(w) ? "number" : TextUnits.stem(w)).toList();
    }

    /** Whether a line is "Label: value" with a label that names a whole-document figure (a total, a date). */
    static boolean isSummaryLine(String line) {
        Matcher m = PAIR.matcher(line);
        if (!m.find()) {
            return false;
        }
        List<String> label = labelWords(m.group("label"));
        return label.stream().anyMatch(w -> Set.of("total", "subtotal", "tax", "vat", "due", "balanc", "invoic", "dat",
                "amount", "paid", "customer", "bill", "ship", "payment", "term", "order", "from", "to", "subject",
                "number", "no", "ref", "status", "discount", "shipping").contains(w));
    }
}
