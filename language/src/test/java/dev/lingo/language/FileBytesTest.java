package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A file over read's 1 GiB limit is refused by its size, before a byte of it is read (a sparse file costs no disk). */
@Timeout(30)
class FileBytesTest {

    @TempDir
    Path dir;

    private final Context context = Context.newBuilder("lingo").allowIO(IOAccess.ALL).build();

    @AfterEach
    void close() {
        context.close();
    }

    private Path sparse(String name, long size) throws Exception {
        Path file = dir.resolve(name);
        try (var raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(size);
        }
        return file;
    }

    @Test
    void aFileOverTheLimitIsAnIOErrorSayingItsSize() throws Exception {
        Path big = sparse("big.txt", FileBytes.MAX_BYTES + 1L);
        String code = "try { read(\"" + big + "\") } catch e { e.kind + \": \" + e.message }";
        assertEquals("IOError: Cannot read " + big + ": it is too large (1025 MiB; the limit is 1024 MiB)",
                        context.eval("lingo", code).asString());
    }

    @Test
    void aModuleOverTheLimitIsALocatedImportError() throws Exception {
        sparse("huge.lingo", 3L << 30);
        Path main = Files.writeString(dir.resolve("main.lingo"), "import \"./huge.lingo\"\n");
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> context.eval(Source.newBuilder("lingo", main.toFile()).build()));
        assertTrue(e.getMessage().startsWith("main.lingo:1:8: Cannot read module \"./huge.lingo\": it is too large (3072 MiB;"),
                        e.getMessage());
    }
}
