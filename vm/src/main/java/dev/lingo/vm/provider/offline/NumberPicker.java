package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a field means. In order: a "Label: value" line for the field; for ratings, "4/5",
 * "4 out of 5" or "4 stars"; else the number nearest to a word of the field's name or description
 * (same sentence preferred), where money fields prefer amounts with a currency and percentage
 * fields numbers with a %. With no such word: quantities take the first plain whole number, prices
 * the first amount, totals the largest amount, and a nameless answer the first number.
 */
final class NumberPicker {

    private static final Pattern RATING = Pattern.compile(
            "(?i)(\\d+(?:\\.\\d)?)\\s*(?:/|out of|of)\\s*(\\d+)|(\\d+(?:\\.\\d)?)\\s*(?:-\\s*)?stars?\\b");
    private static final int NEAR = 80;

    private NumberPicker() {
    }

    /** @return the number, or null when the text has none for this field (or none within the bounds) */
    static Double pick(FieldCue cue, String text, Double min, Double max, boolean integral) {
        List<NumberMention> all = new ArrayList<>();
        for (NumberMention n : NumberFinder.find(text)) {
            if ((!integral || n.value() == Math.rint(n.value())) && (min == null || n.value() >= min)
                    && (max == null || n.value() <= max)) {
                all.add(n);
            }
        }
        Span labeled = LabeledValues.valueFor(cue, text);
        if (labeled != null) {
            for (NumberMention n : all) {
                if (labeled.overlaps(n.span())) {
                    return n.value();
                }
            }
        }
        if (cue.mentions("star", "rat", "scor", "grad", "rank")) {
            Double r = rating(text, min, max);
            if (r != null) {
                return r;
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        NumberMention near = nearest(cue, text, all);
        return near != null ? Double.valueOf(near.value()) : byRole(cue, all);
    }

    private static Double rating(String text, Double min, Double max) {
        Matcher m = RATING.matcher(text);
        while (m.find()) {
            double value = Double.parseDouble(m.group(1) != null ? m.group(1) : m.group(3));
            double scale = m.group(2) != null ? Double.parseDouble(m.group(2)) : max == null ? 5 : max;
            if (m.group(2) != null && max != null && scale != max && scale > 0) {
                value = Math.round(value / scale * max); // "8/10" on a 1..5 field is 4
            }
            if ((min == null || value >= min) && (max == null || value <= max)) {
                return value;
            }
        }
        return null;
    }

    private static NumberMention nearest(FieldCue cue, String text, List<NumberMention> all) {
        List<Span> keyWords = TextUnits.words(text).stream()
                .filter(w -> cue.keywords().contains(TextUnits.stem(w.text()))).toList();
        NumberMention best = null;
        double bestScore = 0;
        for (NumberMention n : all) {
            for (Span k : keyWords) {
                int d = n.span().distanceTo(k);
                if (d > NEAR) {
                    continue;
                }
                double score = 1.0 / (1 + d / 15.0);
                if (TextUnits.sentenceAt(text, k.start()).equals(TextUnits.sentenceAt(text, n.span().start()))) {
                    score += 0.3;
                }
                if (k.end() <= n.span().start()) {
                    score += 0.1; // "Total: 45" is more common than "45 total"
                }
                score += kindFit(cue, n);
                if (score > bestScore) {
                    bestScore = score;
                    best = n;
                }
            }
        }
        return best;
    }

    private static double kindFit(FieldCue cue, NumberMention n) {
        double fit = 0;
        if (cue.isMoney()) {
            fit += n.currency() != null ? 0.5 : 0;
        } else if (n.currency() != null) {
            fit -= 0.3;
        }
        if (cue.isPercent()) {
            fit += n.percent() ? 0.5 : -0.5;
        } else if (n.percent()) {
            fit -= 0.5;
        }
        return fit;
    }

    private static Double byRole(FieldCue cue, List<NumberMention> all) {
        if (cue.isEmpty()) {
            return all.getFirst().value();
        }
        if (cue.nameHas("qty", "quantity", "count", "units", "pieces", "pcs", "amount") && !cue.isMoney()
                || cue.nameHas("qty", "quantity", "count")) {
            return all.stream().filter(n -> n.currency() == null && !n.percent() && n.integral())
                    .map(NumberMention::value).findFirst().orElse(null);
        }
        List<NumberMention> money = all.stream().filter(n -> n.currency() != null).toList();
        List<NumberMention> amounts = money.isEmpty()
                ? all.stream().filter(n -> !n.integral() && !n.percent()).toList() : money;
        if (cue.isMoney() && !amounts.isEmpty()) {
            if (cue.mentions("total", "sum", "due", "balanc", "amount")) {
                return amounts.stream().mapToDouble(NumberMention::value).max().orElseThrow();
            }
            return amounts.getFirst().value();
        }
        if (cue.isPercent()) {
            return all.stream().filter(NumberMention::percent).map(NumberMention::value).findFirst().orElse(null);
        }
        return null;
    }
}
