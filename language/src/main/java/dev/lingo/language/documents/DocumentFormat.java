package dev.lingo.language.documents;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The formats {@code readDocument} reads: chosen by the file's extension, else by its first bytes; other UTF-8 text is text. */
public enum DocumentFormat {
    PDF("pdf"), HTML("html"), DOCX("docx"), MARKDOWN("markdown"), TEXT("text");

    /** For messages: what the reader accepts. */
    public static final String KNOWN = ".pdf, .html/.htm, .docx, .md/.markdown and UTF-8 text files";

    private final String lingoName;

    DocumentFormat(String lingoName) {
        this.lingoName = lingoName;
    }

    /** The {@code format} field of the document record. */
    public String lingoName() {
        return lingoName;
    }

    public static DocumentFormat detect(String fileName, byte[] bytes) throws DocumentException {
        String extension = extension(fileName);
        switch (extension) {
            case "pdf": return PDF;
            case "html", "htm", "xhtml": return HTML;
            case "docx": return DOCX;
            case "md", "markdown": return MARKDOWN;
            case "txt", "text", "log": return TEXT;
            case "doc", "rtf", "odt", "pptx", "ppt", "xlsx", "xls", "epub":
                throw new DocumentException("the format ." + extension + " is not supported; readDocument reads " + KNOWN);
            default: return sniff(extension, bytes);
        }
    }

    private static DocumentFormat sniff(String extension, byte[] bytes) throws DocumentException {
        String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1);
        String lower = head.stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("%PDF-")) {
            return PDF;
        } else if (head.startsWith("PK\u0003\u0004") && head.contains("word/")) {
            return DOCX;
        } else if (lower.startsWith("<!doctype html") || lower.startsWith("<html")) {
            return HTML;
        } else if (TextDecoding.isUtf8Text(bytes)) {
            return TEXT; // source code, CSV, JSON, a README without an extension: text is what they are
        }
        String what = extension.isEmpty() ? "no extension" : "the extension ." + extension;
        throw new DocumentException("its format is unknown (" + what + " and not UTF-8 text); readDocument reads " + KNOWN);
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
