package dev.lingo.vm.provider.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sentences cut further at commas, semicolons, "but", "and" and "although": one opinion each, roughly. */
final class Clauses {

    private static final Pattern CUT = Pattern.compile("\\s*(?:[,;]\\s*(?:but|and|although|though|while)?|\\s(?:but|although|though|however|and|while|whereas)\\s)\\s*",
            Pattern.CASE_INSENSITIVE);

    private Clauses() {
    }

    static List<Span> of(String text) {
        List<Span> out = new ArrayList<>();
        for (Span sentence : TextUnits.sentences(text)) {
            int from = 0;
            String s = sentence.text();
            Matcher m = CUT.matcher(s);
            while (m.find()) {
                add(out, sentence, s, from, m.start());
                from = m.end();
            }
            add(out, sentence, s, from, s.length());
        }
        return out;
    }

    private static void add(List<Span> out, Span sentence, String s, int from, int to) {
        String piece = s.substring(from, to).strip().replaceAll("[.!?]+$", "");
        if (piece.chars().filter(Character::isLetter).count() >= 3) {
            int start = sentence.start() + s.indexOf(piece, from);
            out.add(new Span(start, start + piece.length(), piece));
        }
    }
}
