package dev.lingo.language.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.junit.jupiter.api.Test;

/** An embedder that grants no file access gets an IOError from the table functions, not a Java exception. */
class TablesWithoutIoTest {

    private static String errorOf(String program) {
        try (Context c = Context.newBuilder("lingo").build()) {
            PolyglotException e = assertThrows(PolyglotException.class, () -> c.eval("lingo", program));
            assertTrue(e.isGuestException(), e.getMessage());
            assertFalse(e.isInternalError(), e.getMessage());
            return e.getMessage();
        }
    }

    @Test
    void readingAndWritingTablesIsRefusedCleanly() {
        assertEquals("IOError: Cannot read t.csv: file access is not allowed here", errorOf("readCsv(\"t.csv\").toList()"));
        assertEquals("IOError: Cannot read t.jsonl: file access is not allowed here", errorOf("for x in readJsonl(\"t.jsonl\") { print(x) }"));
        assertEquals("IOError: Cannot write out.jsonl: file access is not allowed here", errorOf("writeJsonl(\"out.jsonl\", [1])"));
        assertEquals("IOError: Cannot write out.csv: file access is not allowed here", errorOf("stream([{a: 1}]).writeCsv(\"out.csv\")"));
    }
}
