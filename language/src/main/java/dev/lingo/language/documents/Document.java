package dev.lingo.language.documents;

import java.util.List;

/** What {@code readDocument} returns, before it becomes a Lingo record. Title and author may be null. */
public record Document(DocumentFormat format, String text, List<Page> pages, List<Section> sections, String title, String author) {

    public record Page(int number, String text) {
    }

    /** A heading (level 1 is the highest) and the text under it up to the next heading. */
    public record Section(String title, int level, String text) {
    }

    /** A format without pages has one page holding the whole text. */
    static List<Page> onePage(String text) {
        return List.of(new Page(1, text));
    }
}
