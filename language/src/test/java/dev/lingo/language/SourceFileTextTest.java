package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Source files as bytes: a byte-order mark is ignored, bytes that are not UTF-8 are an error at their place. */
class SourceFileTextTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Context context = Context.newBuilder("lingo").allowAllAccess(true).out(out).build();

    @AfterEach
    void close() {
        context.close();
    }

    private Path write(String name, byte[]... parts) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void run(Path file) throws IOException {
        context.eval(Source.newBuilder("lingo", file.toFile()).build());
    }

    @Test
    void aFileWithAByteOrderMarkRunsAndItsColumnsCountAfterTheMark() throws IOException {
        run(write("ok.lingo", BOM, utf8("print(\"ran\")\n")));
        assertEquals("ran\n", out.toString(StandardCharsets.UTF_8));
        Path typo = write("typo.lingo", BOM, utf8("print(zz)\n"));
        PolyglotException e = assertThrows(PolyglotException.class, () -> run(typo));
        assertTrue(e.getMessage().startsWith("typo.lingo:1:7: Unknown name `zz`\n 1 | print(zz)\n"), e.getMessage());
        assertEquals(7, e.getSourceLocation().getStartColumn());
    }

    @Test
    void anImportedModuleMayStartWithAByteOrderMark() throws IOException {
        write("util.lingo", BOM, utf8("fn twice(x) = 2 * x\n"));
        run(write("main.lingo", utf8("import \"./util.lingo\"\nprint(twice(21))\n")));
        assertEquals("42\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anImportedModuleThatIsNotUtf8IsAnErrorNamingTheByteAndWhereItStands() throws IOException {
        // "café" saved as Latin-1: 0xE9 is not UTF-8.
        write("latin1.lingo", utf8("let a = 1\nlet s = \"caf"), new byte[] {(byte) 0xE9}, utf8("\"\n"));
        Path main = write("main.lingo", utf8("import \"./latin1.lingo\"\n"));
        PolyglotException e = assertThrows(PolyglotException.class, () -> run(main));
        assertTrue(e.isSyntaxError(), e.getMessage());
        assertEquals("""
                        main.lingo:1:8: Module "./latin1.lingo" is not valid UTF-8: byte 0xE9 at offset 22 (line 2, column 13)
                         1 | import "./latin1.lingo"
                           |        ^^^^^^^^^^^^^^^^
                        hint: save latin1.lingo as UTF-8 text""", e.getMessage());
    }

    @Test
    void aCharacterCutShortAtTheEndOfAModuleIsNamedToo() throws IOException {
        // The first two of the three bytes of "€".
        write("cut.lingo", BOM, utf8("let a = 1 // "), new byte[] {(byte) 0xE2, (byte) 0x82});
        Path main = write("main.lingo", utf8("import \"./cut.lingo\"\n"));
        PolyglotException e = assertThrows(PolyglotException.class, () -> run(main));
        assertTrue(e.getMessage().contains("is not valid UTF-8: bytes 0xE2 0x82 at offset 16 (line 1, column 14)"),
                        e.getMessage());
    }

    @Test
    void aByteOrderMarkInAStringSourceIsIgnoredToo() {
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.parse(Source.newBuilder("lingo", "\uFEFFprint(zz)\n", "test.lingo").buildLiteral()));
        assertTrue(e.getMessage().startsWith("test.lingo:1:7: Unknown name `zz`\n 1 | print(zz)\n"), e.getMessage());
        assertEquals(7, e.getSourceLocation().getStartColumn());
        assertEquals(3, context.eval(Source.create("lingo", "\uFEFF1 + 2")).asInt());
    }
}
