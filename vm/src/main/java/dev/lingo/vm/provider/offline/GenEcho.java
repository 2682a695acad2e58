package dev.lingo.vm.provider.offline;

import java.util.List;

/**
 * What the offline model "generates" for {@code gen String}: it cannot write, so it says so. The
 * answer is {@code [offline] } followed by the prompt's first sentence (at most 160 characters,
 * "…" when cut), so a program's output shows where a model's text would be and what it was asked.
 */
final class GenEcho {

    static final String PREFIX = "[offline] ";
    private static final int MAX = 160;

    private GenEcho() {
    }

    static String echo(String prompt) {
        List<Span> sentences = TextUnits.sentences(prompt);
        String first = sentences.isEmpty() ? prompt.strip() : sentences.getFirst().text();
        first = first.replaceAll("\\s+", " ");
        if (first.length() > MAX) {
            first = first.substring(0, MAX - 1).stripTrailing() + "…";
        }
        return PREFIX + first;
    }
}
