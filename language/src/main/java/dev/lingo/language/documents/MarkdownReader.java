package dev.lingo.language.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: the text is the file as written; sections come from ATX headings ({@code ## Title}) and
 * setext headings (a line underlined with {@code ===} or {@code ---}), never from inside a fenced
 * code block or a YAML front matter block. The title is the first level-1 heading.
 */
final class MarkdownReader {

    private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

    private MarkdownReader() {
    }

    /** The line after a YAML front matter block ({@code ---} … {@code ---} at the very start), else 0: its lines are no headings. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length > 0 && lines[0].strip().equals("---")) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals("---") || lines[i].strip().equals("...")) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    static Document read(byte[] bytes) throws DocumentException {
        String text = TextDecoding.utf8(bytes);
        String[] lines = text.split("\r?\n", -1);
        List<Document.Section> sections = new ArrayList<>();
        String title = null;
        String heading = null;
        int level = 0;
        List<String> body = new ArrayList<>();
        String fence = null;
        for (int i = frontMatterEnd(lines); i < lines.length; i++) {
            String line = lines[i];
            Matcher fenceStart = FENCE.matcher(line);
            if (fence != null) {
                fence = fenceStart.find() && fenceStart.group(1).charAt(0) == fence.charAt(0) ? null : fence;
                body.add(line);
                continue;
            } else if (fenceStart.find()) {
                fence = fenceStart.group(1);
                body.add(line);
                continue;
            }
            Matcher atx = ATX.matcher(line);
            Matcher setext = i + 1 < lines.length ? SETEXT.matcher(lines[i + 1]) : null;
            int found = 0;
            String foundTitle = null;
            if (atx.matches()) {
                found = atx.group(1).length();
                foundTitle = atx.group(2) == null ? "" : atx.group(2).strip();
            } else if (setext != null && setext.matches() && !line.isBlank() && !line.startsWith("    ")) {
                found = setext.group(1).charAt(0) == '=' ? 1 : 2;
                foundTitle = line.strip();
                i++;
            }
            if (found == 0) {
                body.add(line);
                continue;
            }
            if (heading != null) {
                sections.add(new Document.Section(heading, level, String.join("\n", body).strip()));
            }
            body.clear();
            heading = foundTitle;
            level = found;
            if (title == null && found == 1 && !foundTitle.isEmpty()) {
                title = foundTitle;
            }
        }
        if (heading != null) {
            sections.add(new Document.Section(heading, level, String.join("\n", body).strip()));
        }
        return new Document(DocumentFormat.MARKDOWN, text, Document.onePage(text), List.copyOf(sections), title, null);
    }
}
