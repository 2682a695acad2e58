package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Picks one of a fixed set of labels for a text, in this order: a label written in the text as a
 * word (exactly one); currency codes from the amounts' symbols; sentiment labels from the word
 * list; otherwise the label whose phrase is most similar, by sentence embedding, to the text and
 * to its best-matching sentence (labels like {@code feature_request} are read as "feature request").
 */
final class LabelChooser {

    private static final Set<String> SENTIMENTS = Set.of("positive", "negative", "neutral", "mixed");
    private static final double LITERAL_BONUS = 0.15;

    private LabelChooser() {
    }

    static String choose(String text, List<String> labels, FieldCue cue) {
        List<String> literal = labels.stream().filter(l -> writtenIn(l, text)).toList();
        if (literal.size() == 1) {
            return literal.getFirst();
        }
        String currency = byCurrency(text, labels);
        if (currency != null) {
            return currency;
        }
        if (labels.stream().allMatch(l -> SENTIMENTS.contains(l.toLowerCase(Locale.ROOT)))) {
            String s = bySentiment(text, labels);
            if (s != null) {
                return s;
            }
        }
        return byEmbedding(text, labels, cue, literal);
    }

    private static boolean writtenIn(String label, String text) {
        if (label.isBlank()) {
            return false;
        }
        String words = String.join(" ", TextUnits.nameWords(label));
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words.isEmpty() ? label : words) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return p.matcher(text.replaceAll("[_-]", " ")).find();
    }

    private static String byCurrency(String text, List<String> labels) {
        if (!labels.stream().allMatch(l -> l.matches("[A-Z]{3}"))) {
            return null;
        }
        for (NumberMention n : NumberFinder.find(text)) {
            if (n.currency() != null && labels.contains(n.currency())) {
                return n.currency();
            }
        }
        return null;
    }

    private static String bySentiment(String text, List<String> labels) {
        int[] counts = SentimentLexicon.sentenceCounts(text);
        int pos = counts[0];
        int neg = counts[1];
        String want;
        if (pos > 0 && neg > 0) {
            want = has(labels, "mixed") ? "mixed" : pos >= neg ? "positive" : "negative";
        } else if (pos > 0) {
            want = "positive";
        } else if (neg > 0) {
            want = "negative";
        } else {
            want = has(labels, "neutral") ? "neutral" : has(labels, "mixed") ? "mixed" : null;
        }
        if (want == null || !has(labels, want)) {
            return null;
        }
        return labels.stream().filter(l -> l.equalsIgnoreCase(want)).findFirst().orElseThrow();
    }

    private static boolean has(List<String> labels, String label) {
        return labels.stream().anyMatch(l -> l.equalsIgnoreCase(label));
    }

    private static String byEmbedding(String text, List<String> labels, FieldCue cue, List<String> literal) {
        List<String> inputs = new ArrayList<>();
        for (String label : labels) {
            String words = String.join(" ", TextUnits.nameWords(label));
            inputs.add(cue.isEmpty() || words.isEmpty() ? (words.isEmpty() ? label : words)
                    : words + " " + String.join(" ", cue.nameWords()));
        }
        List<Span> sentences = TextUnits.sentences(text);
        inputs.add(text);
        sentences.forEach(s -> inputs.add(s.text()));
        List<float[]> v = MiniLmEmbedder.embedAll(inputs);
        float[] whole = v.get(labels.size());
        String best = labels.getFirst();
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            double bestSentence = MiniLmEmbedder.cosine(v.get(i), whole);
            for (int s = 0; s < sentences.size(); s++) {
                bestSentence = Math.max(bestSentence, MiniLmEmbedder.cosine(v.get(i), v.get(labels.size() + 1 + s)));
            }
            double score = 0.5 * MiniLmEmbedder.cosine(v.get(i), whole) + 0.5 * bestSentence
                    + (literal.contains(labels.get(i)) ? LITERAL_BONUS : 0);
            if (score > bestScore) {
                bestScore = score;
                best = labels.get(i);
            }
        }
        return best;
    }
}
