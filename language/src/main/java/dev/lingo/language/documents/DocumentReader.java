package dev.lingo.language.documents;

/** From bytes to a {@link Document}, by format. */
public final class DocumentReader {

    /** 256 MiB: a larger document file is refused before a parser holds it (spec 14.6). */
    public static final int MAX_BYTES = 256 << 20;

    static {
        QuietLibraryLogging.apply(); // before PDFBox or POI first logs
    }

    private DocumentReader() {
    }

    public static Document read(String fileName, byte[] bytes) throws DocumentException {
        DocumentFormat format = DocumentFormat.detect(fileName, bytes);
        try {
            return switch (format) {
                case PDF -> PdfReader.read(bytes);
                case HTML -> HtmlReader.read(bytes);
                case DOCX -> DocxReader.read(bytes);
                case MARKDOWN -> MarkdownReader.read(bytes);
                case TEXT -> text(bytes);
            };
        } catch (RuntimeException e) {
            // A parser's own bug on a damaged file must read as a damaged file, not crash the run.
            throw new DocumentException("it is not a readable " + format.lingoName() + " file (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static Document text(byte[] bytes) throws DocumentException {
        String text = TextDecoding.utf8(bytes);
        return new Document(DocumentFormat.TEXT, text, Document.onePage(text), java.util.List.of(), null, null);
    }
}
