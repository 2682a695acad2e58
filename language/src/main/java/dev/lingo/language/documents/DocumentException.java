package dev.lingo.language.documents;

/** The bytes are not a readable document of their format; the message ends a sentence ("it is encrypted"). */
public final class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    public DocumentException(String reason) {
        super(reason);
    }
}
