package dev.lingo.language.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * readDocument's parsers at a size people feed them: a 200-page PDF of 45 lines a page and an HTML
 * page of 500 sections (5,000 paragraphs). Prints the best of five reads; the bound only catches a
 * quadratic slip (a text pass per page, sorted by position, took 4 to 7 s for these 200 pages). Numbers in
 * benchmarks/README.md.
 */
@Timeout(300)
class DocumentReadScaleTest {

    @TempDir
    Path dir;

    @Test
    void twoHundredPdfPagesAndFiveHundredHtmlSections() throws Exception {
        byte[] pdf = pdf(200);
        byte[] html = html(500);
        Document d = DocumentReader.read("big.pdf", pdf);
        assertEquals(200, d.pages().size());
        assertTrue(d.pages().get(199).text().startsWith("Page 200 line 0:"), d.pages().get(199).text());
        assertEquals(500, DocumentReader.read("big.html", html).sections().size());
        long pdfMs = best(() -> DocumentReader.read("big.pdf", pdf));
        long htmlMs = best(() -> DocumentReader.read("big.html", html));
        System.out.printf("readDocument: 200-page PDF (%d KB) %d ms, 500-section HTML (%d KB) %d ms%n",
                        pdf.length >> 10, pdfMs, html.length >> 10, htmlMs);
        assertTrue(pdfMs < 20_000, "200 PDF pages took " + pdfMs + " ms");
    }

    private interface Read {
        Object run() throws Exception;
    }

    private static long best(Read read) throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long t0 = System.nanoTime();
            read.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1_000_000);
        }
        return best;
    }

    private byte[] pdf(int pages) throws Exception {
        Path file = dir.resolve("big.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(pdf, page)) {
                    c.beginText();
                    c.setFont(font, 10);
                    c.setLeading(14);
                    c.newLineAtOffset(50, 740);
                    for (int l = 0; l < 45; l++) {
                        c.showText("Page " + p + " line " + l + ": the quick brown fox jumps over the lazy dog again.");
                        c.newLine();
                    }
                    c.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return Files.readAllBytes(file);
    }

    private static byte[] html(int sections) {
        StringBuilder s = new StringBuilder("<html><head><title>Big</title></head><body>\n");
        for (int i = 0; i < sections; i++) {
            s.append("<h2>Section ").append(i).append("</h2>\n");
            for (int p = 0; p < 10; p++) {
                s.append("<p>Paragraph ").append(p).append(" of section ").append(i)
                                .append(": <b>lorem</b> ipsum dolor sit amet, consectetur adipiscing elit.</p>\n");
            }
        }
        return s.append("</body></html>").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
