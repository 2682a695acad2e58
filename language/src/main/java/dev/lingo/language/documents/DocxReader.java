package dev.lingo.language.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Word .docx by Apache POI: paragraphs and tables (a row's cells joined by tabs) in body order,
 * sections from the "heading N" paragraph styles, title and author from the core properties.
 */
final class DocxReader {

    /** Built-in style names are English whatever the UI language; the style id is the fallback. */
    private static final Pattern HEADING = Pattern.compile("heading\\s*([1-9])");

    private DocxReader() {
    }

    static Document read(byte[] bytes) throws DocumentException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            OutlineBuilder outline = new OutlineBuilder();
            for (IBodyElement element : docx.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    int level = headingLevel(docx, paragraph);
                    if (level > 0) {
                        outline.heading(paragraph.getText(), level);
                    } else {
                        outline.inline(paragraph.getText());
                        outline.endParagraph();
                    }
                } else if (element instanceof XWPFTable table) {
                    addTable(table, outline);
                }
            }
            String text = outline.text();
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            return new Document(DocumentFormat.DOCX, text, Document.onePage(text), outline.sections(),
                            blankToNull(core.getTitle()), blankToNull(core.getCreator()));
        } catch (IOException | RuntimeException e) {
            // POI reports a zip that is not Word, an encrypted (OLE2) file or a broken part as unchecked exceptions too.
            throw new DocumentException("it is not a readable .docx file (" + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage())) + ")");
        }
    }

    private static void addTable(XWPFTable table, OutlineBuilder outline) {
        for (XWPFTableRow row : table.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                line.append(line.isEmpty() ? "" : "\t").append(cell.getText().strip());
            }
            outline.preformatted(line.toString());
        }
    }

    private static int headingLevel(XWPFDocument docx, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        XWPFStyle style = docx.getStyles() == null ? null : docx.getStyles().getStyle(id);
        String name = style != null && style.getName() != null ? style.getName() : id;
        Matcher m = HEADING.matcher(name.toLowerCase(Locale.ROOT));
        return m.matches() ? m.group(1).charAt(0) - '0' : 0;
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
