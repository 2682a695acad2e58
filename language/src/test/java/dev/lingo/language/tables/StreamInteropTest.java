package dev.lingo.language.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A stream handed to Java is iterable there, element by element, and its errors are guest errors. */
class StreamInteropTest {

    private static Context context(Path dir) {
        return Context.newBuilder("lingo").allowIO(IOAccess.ALL).currentWorkingDirectory(dir).build();
    }

    @Test
    void javaIteratesAStreamOfRecords(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.csv"), "id,name\n1,Ada\n2,Alan\n3,Grace\n");
        try (Context c = context(dir)) {
            Value s = c.eval("lingo", "readCsv(\"t.csv\").map(r -> {id: r.id.toInt(), name: r.name.upper()}).take(2)");
            assertEquals("Stream", s.getMetaObject().getMetaSimpleName());
            assertTrue(s.hasIterator());
            List<String> seen = new ArrayList<>();
            for (Value it = s.getIterator(); it.hasIteratorNextElement();) {
                Value r = it.getIteratorNextElement();
                seen.add(r.getMember("id").asLong() + " " + r.getMember("name").asString());
            }
            assertEquals(List.of("1 ADA", "2 ALAN"), seen);
            assertEquals(2, s.getIterator().getIteratorNextElement().getMember("id").asLong() + 1, "each iterator walks from the start");
        }
    }

    @Test
    void aBadRowReachesJavaAsTheGuestError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.csv"), "id,name\n1,Ada\n2\n");
        try (Context c = context(dir)) {
            Value it = c.eval("lingo", "readCsv(\"t.csv\")").getIterator();
            assertEquals("Ada", it.getIteratorNextElement().getMember("name").asString());
            PolyglotException e = assertThrows(PolyglotException.class, it::hasIteratorNextElement);
            assertTrue(e.isGuestException());
            assertFalse(e.isInternalError());
            assertTrue(e.getMessage().startsWith("ValueError: t.csv:3: this row has 1 field"), e.getMessage());
            assertFalse(it.hasIteratorNextElement(), "the walk ended at the error");
        }
    }
}
