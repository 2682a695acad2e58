package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lists of strings. E-mail, URL, phone, date and identifier fields collect every match. Fields
 * named for complaints or problems collect the clauses with negative wording, fields named for
 * praise or strengths those with positive wording. Item-like fields (tags, items, keywords…) take
 * the comma-separated items of their "Label: a, b, c" line. Anything else: the sentences similar
 * to the field's name and description.
 */
final class ListPicker {

    private static final double SIMILAR = 0.3;
    private static final Set<String> NEGATIVE_FIELDS = Set.of("complaint", "problem", "issu", "con", "negativ", "bug",
            "defect", "fault", "concern", "drawback", "weaknes", "downsid", "dislik", "pain", "error", "risk", "gripe");
    private static final Set<String> POSITIVE_FIELDS = Set.of("prais", "pro", "positiv", "strength", "lik", "highlight",
            "benefit", "compliment", "advantag", "upsid", "good");

    private ListPicker() {
    }

    static List<String> pick(FieldCue cue, String text) {
        if (cue.isEmail()) {
            return texts(PatternFinder.emails(text));
        }
        if (cue.isUrl()) {
            return texts(PatternFinder.urls(text));
        }
        if (cue.isPhone()) {
            return texts(PatternFinder.phones(text));
        }
        if (cue.isDate()) {
            return DateFinder.find(text).stream().map(DateMention::iso).toList();
        }
        if (cue.isIdentifier()) {
            return texts(PatternFinder.identifiers(text));
        }
        if (cue.keywords().stream().anyMatch(NEGATIVE_FIELDS::contains)) {
            return byPolarity(text, -1);
        }
        if (cue.keywords().stream().anyMatch(POSITIVE_FIELDS::contains)) {
            return byPolarity(text, 1);
        }
        Span labeled = LabeledValues.valueFor(cue, text);
        if (labeled != null) {
            return items(labeled.text());
        }
        return similarSentences(cue, text);
    }

    private static List<String> byPolarity(String text, int sign) {
        List<String> out = new ArrayList<>();
        for (Span clause : Clauses.of(text)) {
            if (Integer.signum(SentimentLexicon.polarity(clause.text())) == sign) {
                out.add(clause.text().replaceFirst("^[^:\\n]{1,40}:\\s*", "")); // "Blender: broken" → "broken"
            }
        }
        return out;
    }

    private static List<String> items(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("\\s*(?:,|;|\\band\\b)\\s*")) {
            String item = part.strip().replaceAll("[.!]+$", "");
            if (!item.isEmpty()) {
                out.add(item);
            }
        }
        return out;
    }

    private static List<String> similarSentences(FieldCue cue, String text) {
        List<Span> sentences = TextUnits.sentences(text);
        if (cue.isEmpty()) {
            return texts(sentences);
        }
        List<String> inputs = new ArrayList<>(texts(sentences));
        inputs.add(cue.phrase());
        List<float[]> v = MiniLmEmbedder.embedAll(inputs);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            if (MiniLmEmbedder.cosine(v.get(i), v.getLast()) >= SIMILAR) {
                out.add(sentences.get(i).text());
            }
        }
        return out;
    }

    private static List<String> texts(List<Span> spans) {
        return spans.stream().map(Span::text).toList();
    }
}
