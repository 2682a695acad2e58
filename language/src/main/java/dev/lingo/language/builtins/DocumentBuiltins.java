package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.BuiltinRegistry.add;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.FileBytes;
import dev.lingo.language.documents.Document;
import dev.lingo.language.documents.DocumentException;
import dev.lingo.language.documents.DocumentReader;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoImage;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;
import dev.lingo.vm.provider.ImageInput;

import java.io.IOException;

/**
 * {@code readDocument(path)} (spec 14.6) and {@code image(path)} (spec 15.13): files are read through
 * the context, so the embedder's IO policy holds.
 */
final class DocumentBuiltins {

    private static final RecordShape DOCUMENT = RecordShape.of("path", "format", "text", "pages", "sections", "meta");
    private static final RecordShape PAGE = RecordShape.of("number", "text");
    private static final RecordShape SECTION = RecordShape.of("title", "level", "text");
    private static final RecordShape META = RecordShape.of("title", "author");

    private DocumentBuiltins() {
    }

    static void register() {
        add("prelude.readDocument", 1, 1, (a, n) -> readDocument(IoBuiltins.file(a[0], "readDocument", n), n));
        add("prelude.image", 1, 1, (a, n) -> image(IoBuiltins.file(a[0], "image", n), n));
    }

    /** An image's properties: what it is, never its bytes. */
    static void registerImageProperties(java.util.Map<String, MethodSpec> t) {
        MethodTable.property(t, "path", (r, a, n) -> ((LingoImage) r).path());
        MethodTable.property(t, "mediaType", (r, a, n) -> ((LingoImage) r).image().mediaType());
        MethodTable.property(t, "size", (r, a, n) -> (long) ((LingoImage) r).image().size());
        MethodTable.property(t, "sha256", (r, a, n) -> ((LingoImage) r).image().sha256());
    }

    /** The most an image may be: OpenAI takes up to 20 MB a picture (Anthropic 5 MB; its API says so when exceeded). */
    static final int MAX_IMAGE_BYTES = 20 << 20;

    @TruffleBoundary
    private static LingoImage image(TruffleFile file, Node n) {
        byte[] bytes = readBytes(file, MAX_IMAGE_BYTES, n);
        try {
            return new LingoImage(file.getPath(), ImageInput.of(bytes));
        } catch (IllegalArgumentException e) {
            throw LingoError.of("ValueError", "Cannot use " + file.getPath() + " as an image: " + e.getMessage(), n);
        }
    }

    private static byte[] readBytes(TruffleFile file, int limit, Node n) {
        try {
            return FileBytes.read(file, limit);
        } catch (IOException | SecurityException e) {
            throw LingoError.of("IOError", "Cannot read " + file.getPath() + ": " + IoBuiltins.reason(e), n);
        }
    }

    @TruffleBoundary
    private static LingoRecord readDocument(TruffleFile file, Node n) {
        byte[] bytes = readBytes(file, DocumentReader.MAX_BYTES, n);
        try {
            return record(file.getPath(), DocumentReader.read(file.getName() == null ? "" : file.getName(), bytes));
        } catch (DocumentException e) {
            throw LingoError.of("ValueError", "Cannot read " + file.getPath() + " as a document: " + e.getMessage(), n);
        }
    }

    private static LingoRecord record(String path, Document d) {
        Object[] pages = d.pages().stream().map(p -> new LingoRecord(PAGE, new Object[] {(long) p.number(), p.text()})).toArray();
        Object[] sections = d.sections().stream()
                        .map(s -> new LingoRecord(SECTION, new Object[] {s.title(), (long) s.level(), s.text()})).toArray();
        LingoRecord meta = new LingoRecord(META, new Object[] {orNull(d.title()), orNull(d.author())});
        return new LingoRecord(DOCUMENT, new Object[] {path, d.format().lingoName(), d.text(), new LingoList(pages), new LingoList(sections), meta});
    }

    private static Object orNull(String s) {
        return s == null ? LingoNull.INSTANCE : s;
    }
}
