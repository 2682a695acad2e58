package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences, lines, words and crude stems: the units the offline rules work on. */
final class TextUnits {

    // a . ! ? that is not followed by a space stays inside the sentence: "€39.90", "e.g.x", "v2.1"
    private static final Pattern SENTENCE = Pattern.compile("(?:[^.!?\\n]|[.!?](?![\\s.!?]|$))+[.!?]*");
    private static final Pattern LINE = Pattern.compile("[^\\n]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    private static final Pattern SPLIT_NAME = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s.]+");

    static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for",
            "with", "by", "from", "is", "are", "was", "were", "be", "been", "it", "its", "this", "that", "these", "those",
            "i", "me", "my", "we", "our", "you", "your", "he", "she", "they", "them", "their", "his", "her", "as", "if",
            "so", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should", "there", "what",
            "which", "who", "whom", "than", "then", "also", "just", "very", "any", "all", "some", "about", "into");

    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "none", "nothing", "neither", "nor",
            "without", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "weren't",
            "haven't", "hasn't", "hadn't", "shouldn't", "wouldn't", "couldn't");

    private TextUnits() {
    }

    /** Sentences, split at . ! ? followed by space and at line ends; trimmed, empty ones dropped. */
    static List<Span> sentences(String text) {
        return spans(SENTENCE, text);
    }

    static List<Span> lines(String text) {
        return spans(LINE, text);
    }

    static List<Span> words(String text) {
        return spans(WORD, text);
    }

    private static List<Span> spans(Pattern p, String text) {
        List<Span> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            String raw = m.group();
            String t = raw.strip();
            if (!t.isEmpty() && t.chars().anyMatch(Character::isLetterOrDigit)) {
                int lead = raw.indexOf(t);
                out.add(new Span(m.start() + lead, m.start() + lead + t.length(), t));
            }
        }
        return out;
    }

    /** {@code unitPrice}, {@code unit_price}, {@code unit-price} → [unit, price]. */
    static List<String> nameWords(String name) {
        List<String> out = new ArrayList<>();
        for (String part : SPLIT_NAME.split(name)) {
            if (!part.isBlank()) {
                out.add(part.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    /** A crude English stem, enough to match "stars" with "star" and "charged" with "charge". */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("’", "'");
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.length() > 5 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 5 && w.endsWith("ing")) {
            w = w.substring(0, w.length() - 3);
        } else if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 4 && (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes"))) {
            w = w.substring(0, w.length() - 2);
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** Content words of a text, stemmed. */
    static List<String> keywords(String text) {
        List<String> out = new ArrayList<>();
        for (Span w : words(text)) {
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (!STOPWORDS.contains(lower) && !NEGATIONS.contains(lower)) {
                out.add(stem(lower));
            }
        }
        return out;
    }

    static boolean negated(String text) {
        for (Span w : words(text)) {
            String lower = w.text().toLowerCase(Locale.ROOT).replace("’", "'");
            if (NEGATIONS.contains(lower) || lower.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** The sentence around a position, or the whole text. */
    static Span sentenceAt(String text, int position) {
        for (Span s : sentences(text)) {
            if (s.start() <= position && position < s.end()) {
                return s;
            }
        }
        return new Span(0, text.length(), text);
    }
}
