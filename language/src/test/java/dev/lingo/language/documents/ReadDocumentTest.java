package dev.lingo.language.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** readDocument on real files written here by PDFBox and POI, and its errors, through the polyglot API. */
@Timeout(60)
class ReadDocumentTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Context context = Context.newBuilder("lingo").allowIO(IOAccess.ALL).err(err).build();

    @AfterEach
    void close() {
        context.close();
        assertEquals("", err.toString(StandardCharsets.UTF_8), "no library logs on the script's stderr");
    }

    private Value read(Path file) {
        return context.eval("lingo", "readDocument(" + quoted(file) + ")");
    }

    private String errorOf(Context c, Path file) {
        return c.eval("lingo", "try { readDocument(" + quoted(file) + ") } catch e { e.kind + \": \" + e.message }").asString();
    }

    private static String quoted(Path file) {
        return "\"" + file.toString().replace("\\", "\\\\") + "\"";
    }

    private Path pdf(String name, String[] pageTexts, StandardProtectionPolicy protection) throws Exception {
        Path file = dir.resolve(name);
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDDocumentOutline outline = new PDDocumentOutline();
            for (String text : pageTexts) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                    content.beginText();
                    content.setFont(font, 12);
                    content.newLineAtOffset(72, 700);
                    content.showText(text);
                    content.endText();
                }
                PDOutlineItem item = new PDOutlineItem();
                item.setTitle("Part " + text.charAt(0));
                item.setDestination(page);
                outline.addLast(item);
            }
            pdf.getDocumentCatalog().setDocumentOutline(outline);
            pdf.getDocumentInformation().setTitle("Quarterly report");
            pdf.getDocumentInformation().setAuthor("Ada");
            if (protection != null) {
                pdf.protect(protection);
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    @Test
    void aPdfHasOneEntryPerPageSectionsFromItsOutlineAndItsInformation() throws Exception {
        Value doc = read(pdf("report.pdf", new String[] {"Alpha revenue grew", "Beta costs fell", "Gamma outlook"}, null));
        assertEquals("pdf", doc.getMember("format").asString());
        assertEquals(3, doc.getMember("pages").getArraySize());
        assertEquals(2, doc.getMember("pages").getArrayElement(1).getMember("number").asInt());
        assertEquals("Beta costs fell", doc.getMember("pages").getArrayElement(1).getMember("text").asString());
        assertEquals("Alpha revenue grew\n\nBeta costs fell\n\nGamma outlook", doc.getMember("text").asString());
        Value sections = doc.getMember("sections");
        assertEquals(3, sections.getArraySize());
        assertEquals("Part G", sections.getArrayElement(2).getMember("title").asString());
        assertEquals("Gamma outlook", sections.getArrayElement(2).getMember("text").asString());
        assertEquals("Quarterly report", doc.getMember("meta").getMember("title").asString());
        assertEquals("Ada", doc.getMember("meta").getMember("author").asString());
    }

    @Test
    void aPdfLockedWithAUserPasswordIsAValueErrorNamingThePath() throws Exception {
        StandardProtectionPolicy lock = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
        lock.setEncryptionKeyLength(128);
        Path file = pdf("locked.pdf", new String[] {"Secret"}, lock);
        assertEquals("ValueError: Cannot read " + file + " as a document: it is an encrypted PDF that needs a password", errorOf(context, file));
    }

    @Test
    void aPdfLockedOnlyAgainstEditingIsReadNormally() throws Exception {
        AccessPermission readOnly = new AccessPermission();
        readOnly.setCanExtractContent(false);
        readOnly.setCanModify(false);
        StandardProtectionPolicy lock = new StandardProtectionPolicy("owner-secret", "", readOnly);
        lock.setEncryptionKeyLength(128);
        Value doc = read(pdf("readonly.pdf", new String[] {"Open text"}, lock));
        assertEquals("Open text", doc.getMember("text").asString());
    }

    @Test
    void aTruncatedPdfIsAValueErrorNotACrash() throws Exception {
        Path whole = pdf("whole.pdf", new String[] {"Alpha"}, null);
        Path broken = dir.resolve("broken.pdf");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(whole), 40));
        String error = errorOf(context, broken);
        assertTrue(error.startsWith("ValueError: Cannot read " + broken + " as a document: it is not a readable PDF"), error);
    }

    @Test
    void aDocxHasItsParagraphsTablesHeadingSectionsAndCoreProperties() throws Exception {
        Path file = dir.resolve("memo.docx");
        try (XWPFDocument docx = new XWPFDocument(); var out = Files.newOutputStream(file)) {
            docx.createParagraph().createRun().setText("Before any heading.");
            var heading = docx.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Findings");
            docx.createParagraph().createRun().setText("Sales rose.");
            XWPFTable table = docx.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Q1");
            table.getRow(0).getCell(1).setText("12");
            var sub = docx.createParagraph();
            sub.setStyle("Heading2");
            sub.createRun().setText("Risks");
            docx.createParagraph().createRun().setText("Few.");
            docx.getProperties().getCoreProperties().setTitle("Memo");
            docx.getProperties().getCoreProperties().setCreator("Grace");
            docx.write(out);
        }
        Value doc = read(file);
        assertEquals("docx", doc.getMember("format").asString());
        assertEquals("Before any heading.\n\nFindings\n\nSales rose.\n\nQ1\t12\n\nRisks\n\nFew.", doc.getMember("text").asString());
        Value sections = doc.getMember("sections");
        assertEquals(2, sections.getArraySize());
        assertEquals("Findings", sections.getArrayElement(0).getMember("title").asString());
        assertEquals(1, sections.getArrayElement(0).getMember("level").asInt());
        assertEquals("Sales rose.\n\nQ1\t12", sections.getArrayElement(0).getMember("text").asString());
        assertEquals(2, sections.getArrayElement(1).getMember("level").asInt());
        assertEquals("Memo", doc.getMember("meta").getMember("title").asString());
        assertEquals("Grace", doc.getMember("meta").getMember("author").asString());
    }

    @Test
    void aZipThatIsNotWordIsAValueError() throws Exception {
        Path file = dir.resolve("fake.docx");
        Files.writeString(file, "not a zip at all");
        String error = errorOf(context, file);
        assertTrue(error.startsWith("ValueError: Cannot read " + file + " as a document: it is not a readable .docx file"), error);
    }

    @Test
    void htmlDropsScriptsAndStylesAndDetectsItsCharset() throws Exception {
        Path file = dir.resolve("page.html");
        Files.write(file, ("<html><head><meta charset=\"iso-8859-1\"><title>Caf\u00e9</title><script>var x = 1;</script></head>"
                        + "<body><h2>Men\u00fc</h2><p>Cr\u00e8me <i>br\u00fbl\u00e9e</i></p><style>p {}</style></body></html>").getBytes(StandardCharsets.ISO_8859_1));
        Value doc = read(file);
        assertEquals("Men\u00fc\n\nCr\u00e8me br\u00fbl\u00e9e", doc.getMember("text").asString());
        assertEquals("Caf\u00e9", doc.getMember("meta").getMember("title").asString());
        assertEquals(2, doc.getMember("sections").getArrayElement(0).getMember("level").asInt());
    }

    @Test
    void binaryWithoutAKnownFormatIsAValueErrorAndTextWithAnyExtensionIsText() throws Exception {
        Path binary = dir.resolve("blob.bin");
        Files.write(binary, new byte[] {0, (byte) 0xff, 1, 2});
        assertTrue(errorOf(context, binary).startsWith("ValueError: Cannot read " + binary + " as a document: its format is unknown (the extension .bin"), errorOf(context, binary));
        Path code = dir.resolve("main.py");
        Files.writeString(code, "print('hi')\n");
        assertEquals("text", read(code).getMember("format").asString());
    }

    @Test
    void aFileOverTheDocumentLimitIsRefusedBySize() throws Exception {
        Path huge = dir.resolve("huge.pdf");
        try (var raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(300L << 20);
        }
        assertEquals("IOError: Cannot read " + huge + ": it is too large (300 MiB; the limit is 256 MiB)", errorOf(context, huge));
    }

    @Test
    void withoutFileIoReadDocumentFailsAsReadDoes() throws Exception {
        Path file = dir.resolve("note.md");
        Files.writeString(file, "# Hi\n");
        try (Context noIo = Context.newBuilder("lingo").err(err).build()) {
            String viaRead = noIo.eval("lingo", "try { read(" + quoted(file) + ") } catch e { e.kind + \": \" + e.message }").asString();
            String viaDocument = errorOf(noIo, file);
            assertTrue(viaRead.startsWith("IOError: Cannot read " + file), viaRead);
            assertEquals(viaRead, viaDocument);
        }
        assertEquals("Hi", read(file).getMember("sections").getArrayElement(0).getMember("title").asString());
    }
}
