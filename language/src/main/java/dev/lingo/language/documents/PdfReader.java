package dev.lingo.language.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF by PDFBox: the text of each page in reading order, sections from the outline (bookmarks),
 * each holding the pages from its own page up to the page before the next entry's, and the title
 * and author from the document information.
 */
final class PdfReader {

    private PdfReader() {
    }

    static Document read(byte[] bytes) throws DocumentException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<Document.Page> pages = pages(pdf);
            StringBuilder text = new StringBuilder();
            for (Document.Page page : pages) {
                text.append(text.isEmpty() ? "" : "\n\n").append(page.text());
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            return new Document(DocumentFormat.PDF, text.toString(), pages, sections(pdf, pages),
                            blankToNull(info.getTitle()), blankToNull(info.getAuthor()));
        } catch (InvalidPasswordException e) {
            throw new DocumentException("it is an encrypted PDF that needs a password");
        } catch (IOException e) {
            throw new DocumentException("it is not a readable PDF (" + e.getMessage() + ")");
        }
    }

    private static List<Document.Page> pages(PDDocument pdf) throws IOException {
        List<Document.Page> pages = new ArrayList<>();
        for (String text : new PageTexts().of(pdf)) {
            pages.add(new Document.Page(pages.size() + 1, text));
        }
        return pages;
    }

    /** One pass over the document, cutting the output at each page's end (a pass per page is quadratic). */
    private static final class PageTexts extends PDFTextStripper {
        private final StringWriter out = new StringWriter();
        private final List<String> texts = new ArrayList<>();
        private int pageStart;

        PageTexts() {
            setSortByPosition(false);
            setLineSeparator("\n");
        }

        List<String> of(PDDocument pdf) throws IOException {
            writeText(pdf, out);
            return texts;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            super.startPage(page);
            pageStart = out.getBuffer().length();
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            super.endPage(page);
            texts.add(out.getBuffer().substring(pageStart).strip());
        }
    }

    private record Entry(String title, int level, int page) {
    }

    private static List<Document.Section> sections(PDDocument pdf, List<Document.Page> pages) throws IOException {
        List<Entry> entries = new ArrayList<>();
        if (pdf.getDocumentCatalog().getDocumentOutline() != null) {
            collect(pdf, pdf.getDocumentCatalog().getDocumentOutline(), 1, entries);
        }
        List<Document.Section> sections = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            int last = i + 1 < entries.size() ? Math.max(entry.page(), entries.get(i + 1).page() - 1) : pages.size();
            StringBuilder text = new StringBuilder();
            for (int p = entry.page(); p <= last && p >= 1; p++) {
                text.append(text.isEmpty() ? "" : "\n\n").append(pages.get(p - 1).text());
            }
            sections.add(new Document.Section(entry.title(), entry.level(), text.toString()));
        }
        return List.copyOf(sections);
    }

    /** Depth first, as a reader sees the bookmarks; an entry without a page in this file gets no text. */
    private static void collect(PDDocument pdf, PDOutlineNode node, int level, List<Entry> into) throws IOException {
        for (PDOutlineItem item : node.children()) {
            PDPage page = item.findDestinationPage(pdf);
            int number = page == null ? 0 : pdf.getPages().indexOf(page) + 1;
            String title = item.getTitle() == null ? "" : item.getTitle().strip();
            into.add(new Entry(title, level, number));
            collect(pdf, item, level + 1, into);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
