package dev.lingo.vm.provider.offline;

import java.util.List;

/**
 * The string a field means. A "Label: value" line wins. Then the field's kind decides: e-mail,
 * URL, phone, date (as ISO), identifier and person-name fields take the pattern match nearest to
 * the field's words (or none); "text"/"body" fields the whole input; "summary" fields the leading
 * sentences (up to 200 characters); named things (product, company…) a short phrase
 * ({@link EntityFinder}); anything else the sentence most similar to the field's name and description.
 */
final class StringPicker {

    /** How similar a sentence must be to an optional field's name and description to be its value. */
    static final double SENTENCE_THRESHOLD = 0.45;
    private static final int SUMMARY_CHARS = 200;

    private StringPicker() {
    }

    /** @param required whether a value must be given (then the best sentence is returned even if it fits poorly) */
    static String pick(FieldCue cue, String text, boolean required) {
        if (cue.isEmpty() || cue.isWholeText()) {
            return text.strip();
        }
        Span labeled = LabeledValues.valueFor(cue, text);
        List<Span> patterned = patterned(cue, labeled != null ? labeled.text() : text);
        if (patterned != null && patterned.isEmpty() && labeled != null) {
            labeled = null; // the labeled value is not of the field's kind: look everywhere
            patterned = patterned(cue, text);
        }
        if (patterned != null) {
            return nearest(cue, text, patterned, labeled);
        }
        if (labeled != null) {
            return labeled.text();
        }
        if (cue.isIdentifier()) {
            return nearest(cue, text, PatternFinder.identifiers(text), null);
        }
        if (cue.isPersonName()) {
            Span name = NameFinder.find(text);
            return name == null ? null : name.text();
        }
        if (cue.isSummary()) {
            return leadingSentences(text);
        }
        if (cue.isEntity()) {
            String entity = EntityFinder.find(cue, text);
            if (entity != null || !required) {
                return entity;
            }
        }
        return bestSentence(cue, text, required);
    }

    /** The e-mails, URLs, phones or dates (as ISO) in a text, for fields of those kinds; null for other fields. */
    private static List<Span> patterned(FieldCue cue, String source) {
        if (cue.isEmail()) {
            return PatternFinder.emails(source);
        }
        if (cue.isUrl()) {
            return PatternFinder.urls(source);
        }
        if (cue.isPhone()) {
            return PatternFinder.phones(source);
        }
        if (cue.isDate()) {
            return DateFinder.find(source).stream().map(d -> new Span(d.span().start(), d.span().end(), d.iso())).toList();
        }
        return null;
    }

    /** The match nearest to a word of the field (inside a labeled value, the first one). */
    private static String nearest(FieldCue cue, String text, List<Span> matches, Span labeled) {
        if (matches.isEmpty()) {
            return null;
        }
        if (labeled != null) {
            return matches.getFirst().text();
        }
        List<Span> keyWords = TextUnits.words(text).stream()
                .filter(w -> cue.keywords().contains(TextUnits.stem(w.text()))).toList();
        Span best = matches.getFirst();
        int bestDistance = Integer.MAX_VALUE;
        for (Span m : matches) {
            for (Span k : keyWords) {
                int d = m.distanceTo(k) + (k.end() <= m.start() ? 0 : 5);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = m;
                }
            }
        }
        return best.text();
    }

    private static String leadingSentences(String text) {
        StringBuilder out = new StringBuilder();
        for (Span s : TextUnits.sentences(text)) {
            if (!out.isEmpty() && out.length() + s.text().length() > SUMMARY_CHARS) {
                break;
            }
            out.append(out.isEmpty() ? "" : " ").append(s.text());
        }
        return out.isEmpty() ? text.strip() : out.toString();
    }

    static String bestSentence(FieldCue cue, String text, boolean required) {
        List<Span> sentences = TextUnits.sentences(text);
        if (sentences.isEmpty()) {
            return required ? text.strip() : null;
        }
        List<String> inputs = new java.util.ArrayList<>(sentences.stream().map(Span::text).toList());
        inputs.add(cue.phrase());
        List<float[]> v = MiniLmEmbedder.embedAll(inputs);
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < sentences.size(); i++) {
            double score = MiniLmEmbedder.cosine(v.get(i), v.getLast());
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return bestScore >= SENTENCE_THRESHOLD || required ? sentences.get(best).text() : null;
    }
}
