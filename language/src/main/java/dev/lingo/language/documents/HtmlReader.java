package dev.lingo.language.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * HTML by jsoup (which also finds the charset from a BOM or {@code <meta charset>}): the visible text
 * of the body as paragraphs, sections from {@code h1}..{@code h6}, the title from {@code <title>}
 * and the author from {@code <meta name="author">}.
 */
final class HtmlReader {

    private static final Set<String> HIDDEN = Set.of("script", "style", "noscript", "template", "head", "svg", "iframe");

    private HtmlReader() {
    }

    static Document read(byte[] bytes) throws DocumentException {
        org.jsoup.nodes.Document html;
        try {
            html = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new DocumentException("it is not readable HTML (" + e.getMessage() + ")");
        }
        OutlineBuilder outline = new OutlineBuilder();
        walk(html.body(), outline);
        String text = outline.text();
        String title = html.title().strip();
        Element author = html.selectFirst("meta[name=author]");
        return new Document(DocumentFormat.HTML, text, Document.onePage(text), outline.sections(),
                        title.isEmpty() ? null : title, author == null || author.attr("content").isBlank() ? null : author.attr("content").strip());
    }

    private static void walk(Element element, OutlineBuilder outline) {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode textNode) {
                outline.inline(textNode.getWholeText());
            } else if (child instanceof Element e && !HIDDEN.contains(e.normalName())) {
                visit(e, outline);
            }
        }
    }

    private static void visit(Element e, OutlineBuilder outline) {
        String name = e.normalName();
        if (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6') {
            outline.heading(e.text(), name.charAt(1) - '0');
        } else if (name.equals("pre")) {
            outline.preformatted(e.wholeText());
        } else if (name.equals("br")) {
            outline.inline(" ");
        } else if (e.isBlock() || name.equals("li") || name.equals("td") || name.equals("th")) {
            outline.endParagraph();
            walk(e, outline);
            outline.endParagraph();
        } else {
            walk(e, outline);
        }
    }
}
