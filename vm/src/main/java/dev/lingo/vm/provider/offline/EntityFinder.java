package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short things a field like {@code product} or {@code company} names: a heading before a colon
 * ("Kettle: boils fast"), a noun phrase after a determiner ("the kettle", "my Acme X200 blender"),
 * a run of capitalised words (a brand), or, for a short line, the line without its numbers.
 * Each is compared with the field's name and description by sentence embedding.
 */
final class EntityFinder {

    private static final Pattern HEADING = Pattern.compile("(?m)^[ \\t]*([\\p{L}][\\p{L}\\p{N} &'’-]{0,40}?)[ \\t]*:(?!//)");
    private static final Pattern DETERMINED = Pattern.compile(
            "(?i)\\b(?:the|this|my|our|your|a|an|these|that|their|his|her|new)\\s+((?:[\\p{L}\\p{N}'’-]+\\s+){0,3}[\\p{L}\\p{N}'’-]+)");
    private static final Pattern CAPITALISED = Pattern.compile("\\b(\\p{Lu}[\\p{L}\\p{N}-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}-]*){0,2})");
    private static final Set<String> ENDS_PHRASE = Set.of("is", "was", "are", "were", "has", "have", "had", "and", "but",
            "with", "for", "from", "to", "of", "in", "on", "at", "that", "which", "it", "arrived", "broke", "stopped",
            "works", "worked", "does", "did", "will", "would", "can", "could", "just", "after", "before", "because", "since",
            "so", "when", "while", "very", "really", "too", "keeps", "kept", "looks", "seems", "feels", "i", "we", "you",
            "boils", "makes", "made", "came", "got", "gets", "runs", "ran");
    private static final Set<String> NOT_ENTITIES = Set.of("i", "it", "thing", "one", "lot", "bit", "way", "time", "day",
            "week", "month", "year", "money", "refund", "problem", "issue", "dear", "hi", "hello", "thanks", "regards");

    private EntityFinder() {
    }

    static String find(FieldCue cue, String text) {
        Map<String, Double> candidates = candidates(text);
        if (candidates.isEmpty()) {
            return null;
        }
        List<String> names = new ArrayList<>(candidates.keySet());
        List<String> all = new ArrayList<>(names);
        all.add(cue.phrase());
        List<float[]> vectors = MiniLmEmbedder.embedAll(all);
        float[] field = vectors.getLast();
        String best = null;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < names.size(); i++) {
            double score = MiniLmEmbedder.cosine(vectors.get(i), field) + candidates.get(names.get(i));
            if (score > bestScore) {
                bestScore = score;
                best = names.get(i);
            }
        }
        return best;
    }

    /** Candidate → prior (how much its kind of place suggests a named thing). */
    static Map<String, Double> candidates(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        Matcher h = HEADING.matcher(text);
        while (h.find()) {
            put(out, h.group(1), 0.25);
        }
        Matcher d = DETERMINED.matcher(text);
        while (d.find()) {
            put(out, cut(d.group(1)), 0.1);
        }
        Matcher c = CAPITALISED.matcher(text);
        while (c.find()) {
            if (!startsSentence(text, c.start())) { // a sentence's first word is capitalised anyway
                put(out, c.group(1), 0.05);
            }
        }
        boolean prose = TextUnits.sentences(text).size() > 1 || text.matches("(?s).*[.!?]\\s.*");
        if (text.length() <= 80 && !prose && !text.contains("\n") && text.chars().anyMatch(Character::isDigit)) {
            // a short line with numbers is an item line: the words left are the item
            put(out, text.replaceAll("[\\p{Sc}%@#=]|\\b\\d+(?:[.,]\\d+)*\\b|\\b[xX]\\b|\\beach\\b|\\bper\\b|\\bat\\b", " "), 0.3);
        } else if (out.isEmpty() && text.length() <= 80) {
            put(out, text, 0.0);
        }
        return out;
    }

    private static boolean startsSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i--;
        }
        return i < 0 || ".!?:\n\"".indexOf(text.charAt(i)) >= 0;
    }

    private static String cut(String phrase) {
        List<String> kept = new ArrayList<>();
        for (String w : phrase.split("\\s+")) {
            if (ENDS_PHRASE.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            kept.add(w);
        }
        return String.join(" ", kept);
    }

    private static void put(Map<String, Double> out, String raw, double prior) {
        String c = raw.strip().replaceAll("\\s+", " ").replaceAll("^[-–—,.:;]+|[-–—,.:;]+$", "").strip();
        if (c.isEmpty() || c.length() > 60 || NOT_ENTITIES.contains(c.toLowerCase(Locale.ROOT))
                || !c.chars().anyMatch(Character::isLetter) || TextUnits.STOPWORDS.contains(c.toLowerCase(Locale.ROOT))) {
            return;
        }
        out.merge(c, prior, Math::max);
    }
}
