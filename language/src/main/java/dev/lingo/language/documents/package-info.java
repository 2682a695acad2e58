/**
 * {@code readDocument} (spec 14.6): a file's text with its pages, headed sections and metadata,
 * read from PDF (PDFBox), HTML (jsoup), Word .docx (POI), Markdown and plain text. The parsers work
 * on bytes already read through the context's {@code TruffleFile}, so they never touch the file
 * system themselves and the embedder's IO policy applies unchanged.
 */
package dev.lingo.language.documents;
