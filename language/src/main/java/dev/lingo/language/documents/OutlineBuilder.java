package dev.lingo.language.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the text and sections of a document read as a sequence of headings and paragraphs (HTML,
 * Word): paragraphs are separated by a blank line, whitespace inside one collapses to a space, and a
 * section holds the paragraphs after its heading up to the next heading of any level.
 */
final class OutlineBuilder {

    private final StringBuilder text = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private final List<Document.Section> sections = new ArrayList<>();
    private String heading;
    private int level;
    private final StringBuilder sectionText = new StringBuilder();

    /** Adds running text to the current paragraph. */
    void inline(String s) {
        paragraph.append(s);
    }

    /** Ends the current paragraph (nothing happens when it is blank). */
    void endParagraph() {
        String p = paragraph.toString().replaceAll("\\s+", " ").strip();
        paragraph.setLength(0);
        if (!p.isEmpty()) {
            add(text, p);
            if (heading != null) {
                add(sectionText, p);
            }
        }
    }

    /** Text kept as it is, such as a {@code <pre>} block. */
    void preformatted(String block) {
        endParagraph();
        String p = block.strip();
        if (!p.isEmpty()) {
            add(text, p);
            if (heading != null) {
                add(sectionText, p);
            }
        }
    }

    void heading(String title, int headingLevel) {
        endParagraph();
        String t = title.replaceAll("\\s+", " ").strip();
        if (t.isEmpty()) {
            return;
        }
        closeSection();
        add(text, t);
        heading = t;
        level = headingLevel;
    }

    String text() {
        endParagraph();
        return text.toString();
    }

    List<Document.Section> sections() {
        endParagraph();
        closeSection();
        return List.copyOf(sections);
    }

    private void closeSection() {
        if (heading != null) {
            sections.add(new Document.Section(heading, level, sectionText.toString()));
            sectionText.setLength(0);
            heading = null;
        }
    }

    private static void add(StringBuilder into, String p) {
        if (!into.isEmpty()) {
            into.append("\n\n");
        }
        into.append(p);
    }
}
