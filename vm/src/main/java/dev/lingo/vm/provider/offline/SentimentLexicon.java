package dev.lingo.vm.provider.offline;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Polarity from a small English word list, with negation ("not good", "no problems") flipping
 * the next three words. Used for sentiment labels, rating fields with no number written, and
 * lists of complaints or praise: what sentence embeddings are worst at.
 */
final class SentimentLexicon {

    private static final Set<String> POSITIVE = Set.of("good", "great", "excellent", "amazing", "awesome", "love", "loved",
            "loves", "lovely", "like", "liked", "likes", "nice", "perfect", "perfectly", "fantastic", "wonderful", "superb",
            "best", "happy", "pleased", "satisfied", "fast", "quick", "quickly", "easy", "reliable", "recommend",
            "recommended", "beautiful", "comfortable", "quiet", "sturdy", "solid", "helpful", "friendly", "impressed",
            "brilliant", "enjoy", "enjoyed", "delighted", "smooth", "affordable", "bargain", "thanks", "thank", "glad",
            "outstanding", "flawless", "crisp", "responsive", "tasty", "delicious", "gorgeous", "stylish", "elegant",
            "durable", "efficient", "convenient", "polite", "prompt", "accurate", "works", "worked", "fine", "well",
            "superbly", "exceptional", "favourite", "favorite", "pleasant", "clean", "fresh", "worth", "resolved",
            "fixed", "appreciate", "appreciated", "intuitive", "powerful", "generous", "cozy", "spotless", "kind");
    private static final Set<String> NEGATIVE = Set.of("bad", "poor", "poorly", "terrible", "awful", "horrible", "hate",
            "hated", "broken", "broke", "breaks", "defective", "faulty", "damaged", "cracked", "crushed", "late",
            "delayed", "slow", "slowly", "expensive", "overpriced", "pricey", "loud", "noisy", "leaks", "leaking", "leaked",
            "useless", "disappointing", "disappointed", "disappointment", "worst", "wrong", "missing", "crash",
            "crashes", "crashed", "crashing", "buggy", "bug", "error", "errors", "fails", "failed", "failure", "failing",
            "dead", "dirty", "rude", "unhelpful", "confusing", "flimsy", "cheaply", "waste", "scratched", "dented",
            "stained", "smelly", "weak", "annoying", "annoyed", "frustrating", "frustrated", "angry", "upset", "unhappy",
            "problem", "problems", "issue", "issues", "complaint", "overcharged", "unacceptable", "mediocre",
            "uncomfortable", "burnt", "stale", "spoiled", "lost", "stuck", "freezes", "froze", "frozen", "laggy",
            "unusable", "unreliable", "hard", "difficult", "worse", "refund", "cold", "tiny", "cramped", "ugly",
            "wobbly", "unresponsive", "charged", "twice", "never", "nobody", "ignored", "wait", "waiting", "waited",
            "stopped", "doesn't", "didn't", "won't", "can't", "cannot", "lacks", "lacking", "overheats", "overheating");
    private static final Set<String> FLIPS = Set.of("not", "no", "never", "hardly", "isn't", "wasn't", "aren't", "weren't",
            "don't", "doesn't", "didn't", "won't", "can't", "cannot", "without", "nothing", "barely");

    private SentimentLexicon() {
    }

    /**
     * Positive minus negative word count, negations applied; 0 when the text says nothing either
     * way. A negative negation ("never", "didn't") counts itself only when it flips nothing.
     */
    static int polarity(String text) {
        List<Span> words = TextUnits.words(text);
        int score = 0;
        int flipUntil = -1;
        boolean pending = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT).replace("’", "'");
            if (pending && i > flipUntil) {
                score--;
                pending = false;
            }
            if (FLIPS.contains(w)) {
                flipUntil = i + 3;
                pending = NEGATIVE.contains(w);
                continue;
            }
            int value = POSITIVE.contains(w) ? 1 : NEGATIVE.contains(w) ? -1 : 0;
            if (value != 0 && i <= flipUntil) {
                value = -value;
                pending = false;
            }
            score += value;
        }
        return pending ? score - 1 : score;
    }

    /** Counts of positive and negative sentences: [positive, negative]. */
    static int[] sentenceCounts(String text) {
        int[] counts = new int[2];
        for (Span clause : Clauses.of(text)) {
            int p = polarity(clause.text());
            if (p > 0) {
                counts[0]++;
            } else if (p < 0) {
                counts[1]++;
            }
        }
        return counts;
    }
}
