package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides {@code check "claim" on text}: true when some sentence of the text (or the whole text)
 * is similar enough to the claim by sentence embedding, with a bonus when the claim's content
 * words occur in that sentence. When claim and sentence both have a tone (sentiment words,
 * negation applied) and the sentence is on topic, the tones must agree. Negation is handled in
 * the plain cases: a match whose sentence is negated while the claim is not (or a claim word
 * written as "un…"/"non-…"/"dis…", e.g. "unpaid") gives false; a negated claim with no matching
 * sentence gives true. Thresholds were set on a small labelled set ({@code ClaimCheckerTest}: 21 of 24 right).
 */
final class ClaimChecker {

    static final double THRESHOLD = 0.40;
    private static final double WORD_BONUS = 0.10;
    /** On-topic enough for the wording's tone (positive or negative words, negation applied) to decide. */
    static final double TONE_THRESHOLD = 0.25;
    private static final Set<String> GENERIC = Set.of("customer", "user", "reviewer", "text", "mention", "ask", "say",
            "writer", "author", "person", "someone", "messag", "review", "ticket", "email", "client", "sender", "talk",
            "discus", "state", "express", "want");

    private ClaimChecker() {
    }

    static boolean check(String claim, String text) {
        List<Span> sentences = TextUnits.sentences(text);
        List<String> inputs = new ArrayList<>();
        inputs.add(claim);
        inputs.add(text);
        sentences.forEach(s -> inputs.add(s.text()));
        List<float[]> v = MiniLmEmbedder.embedAll(inputs);
        List<String> words = TextUnits.keywords(claim).stream().filter(w -> !GENERIC.contains(w)).toList();
        boolean claimNegated = TextUnits.negated(claim);
        if (prefixNegated(words, text) && !writtenPlain(words, text)) {
            return claimNegated; // "Status: unpaid" answers "paid"
        }
        double best = MiniLmEmbedder.cosine(v.get(0), v.get(1));
        String bestText = text;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i).text();
            double score = MiniLmEmbedder.cosine(v.get(0), v.get(i + 2)) + (sharesWord(words, s) ? WORD_BONUS : 0);
            if (score > best) {
                best = score;
                bestText = s;
            }
        }
        int claimTone = Integer.signum(SentimentLexicon.polarity(claim));
        int textTone = Integer.signum(SentimentLexicon.polarity(bestText));
        if (!claimNegated && claimTone != 0 && textTone != 0 && best >= TONE_THRESHOLD) {
            return claimTone == textTone; // "the room was clean" vs "the bathroom was dirty"
        }
        if (best < THRESHOLD) {
            return claimNegated;
        }
        boolean textNegated = TextUnits.negated(bestText) || prefixNegated(words, bestText);
        return claimNegated == textNegated;
    }

    private static boolean sharesWord(List<String> claimWords, String sentence) {
        List<String> words = TextUnits.keywords(sentence);
        return claimWords.stream().anyMatch(words::contains);
    }

    private static boolean writtenPlain(List<String> claimWords, String text) {
        List<String> words = TextUnits.keywords(text);
        return claimWords.stream().anyMatch(words::contains);
    }

    /** "unpaid" for "paid", "non-refundable" for "refundable"… only with the prefix spelled out. */
    private static boolean prefixNegated(List<String> claimWords, String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String w : claimWords) {
            if (w.length() >= 3 && Pattern.compile("\\b(?:un|non-?|dis)" + Pattern.quote(w)).matcher(lower).find()) {
                return true;
            }
        }
        return false;
    }
}
