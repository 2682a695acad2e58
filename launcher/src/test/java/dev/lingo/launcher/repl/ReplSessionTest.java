package dev.lingo.launcher.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.launcher.ErrorReporter;
import dev.lingo.launcher.LauncherIO;
import dev.lingo.launcher.LingoContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplSessionTest {
    private final ByteArrayOutputStream outBuffer = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBuffer = new ByteArrayOutputStream();
    private final ReplSession session;

    ReplSessionTest() {
        var out = new PrintStream(outBuffer, true, StandardCharsets.UTF_8);
        var err = new PrintStream(errBuffer, true, StandardCharsets.UTF_8);
        var contexts = new LingoContexts(new LauncherIO(InputStream.nullInputStream(), out, err, false), Map.of());
        session = new ReplSession(contexts::createForRepl, out, new ErrorReporter(err, false));
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** Feeds lines and returns what they printed on stdout. */
    private String feed(String... lines) {
        outBuffer.reset();
        for (String line : lines) {
            session.accept(line);
        }
        return outBuffer.toString(StandardCharsets.UTF_8);
    }

    private String errors() {
        String text = errBuffer.toString(StandardCharsets.UTF_8);
        errBuffer.reset();
        return text;
    }

    @Test
    void pipedInputKeepsALineWithTheNextLinesThatContinueIt() throws IOException {
        String script = """
                        let n = 3
                        if n > 2 {
                          print("big")
                        }
                        else {
                          print("small")
                        }
                        let xs = [1, 2, 3]
                          .map(x -> x * 10)
                          .filter(x -> x > 10)
                        print(xs)
                        let r = try { 1 / 0 }
                        catch e { e.kind }
                        print(r)
                        print(n > 1
                          && n < 5)
                        :quit
                        print("not reached")
                        """;
        outBuffer.reset();
        try (var sigint = dev.lingo.launcher.SigintInterrupts.install(new PrintStream(OutputStream.nullOutputStream()),
                        new PrintStream(OutputStream.nullOutputStream()))) {
            StreamRepl.run(session, new java.io.ByteArrayInputStream(script.getBytes(StandardCharsets.UTF_8)), sigint);
        }
        assertEquals("", errors());
        assertEquals(List.of("big", "[20, 30]", "ArithmeticError", "true"), outBuffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void definitionsPersistBetweenInputs() {
        feed("let base = 40");
        feed("fn add(a, b) = a + b");
        assertEquals("42", feed("add(base, 2)").strip());
        assertEquals("", errors());
    }

    @Test
    void unfinishedInputContinuesOnTheNextLine() {
        assertEquals(ReplSession.PROMPT, session.prompt());
        feed("fn double(x) {");
        assertEquals(ReplSession.CONTINUATION_PROMPT, session.prompt());
        feed("  x * 2");
        feed("}");
        assertEquals(ReplSession.PROMPT, session.prompt());
        assertEquals("42", feed("double(21)").strip());
        assertEquals("", errors());
    }

    @Test
    void inputSaysTheReplOwnsStandardInputInsteadOfTakingItsLines() {
        feed("let got = try { input() } catch e { e.kind + \": \" + e.message }");
        assertEquals("IOError: Cannot read the standard input: the REPL reads standard input itself; input() works in `lingo run`",
                        feed("print(got)").strip());
        assertFalse(session.isFinished());
    }

    @Test
    void errorsAreReportedAndTheSessionGoesOn() {
        feed("let kept = 1");
        feed("let = 5");
        assertTrue(errors().contains("<repl>:1:"));
        feed("undefinedThing + 1");
        assertTrue(errors().contains("undefinedThing"));
        feed("throw \"bad news\"");
        assertTrue(errors().contains("bad news"));
        assertEquals("2", feed("kept + 1").strip());
        assertFalse(session.isFinished());
    }

    @Test
    void cancelDropsTheUnfinishedSnippet() {
        feed("let broken = [1, 2,");
        session.cancelPending();
        assertEquals(ReplSession.PROMPT, session.prompt());
        assertEquals("3", feed("1 + 2").strip());
    }

    @Test
    void inputThatEndsUnfinishedIsReported() {
        feed("fn never(x) {");
        session.endOfInput();
        assertTrue(errors().contains("<repl>"));
    }

    @Test
    void typeShowsTheTypeOfAValue() {
        assertEquals("Int", feed(":type 20 + 22").strip());
        assertEquals("String", feed(":type \"a\" + 1").strip());
        assertEquals("List", feed(":t [1, 2]").strip());
    }

    @Test
    void typeOfNullAndOfARangeIsTheirSpecType() {
        assertEquals("Null", feed(":type null").strip());
        assertEquals("Range", feed(":type 1..3").strip());
    }

    @Test
    void loadRunsAFileWhoseDefinitionsStay(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("lib.lingo"), "fn triple(n) = n * 3\nprint(\"loaded\")\n");
        assertEquals("loaded", feed(":load " + file).strip());
        assertEquals("15", feed("triple(5)").strip());
        feed(":load " + dir.resolve("missing.lingo"));
        assertTrue(errors().contains("file not found"));
    }

    @Test
    void resetForgetsDefinitions() {
        feed("let forgotten = 1");
        assertTrue(feed(":reset").contains("reset"));
        feed("forgotten");
        assertTrue(errors().contains("forgotten"));
    }

    @Test
    void quitEndsTheSessionAndUnknownCommandsAreExplained() {
        feed(":frobnicate");
        assertTrue(errors().contains(":help"));
        assertTrue(feed(":help").contains(":load FILE"));
        assertFalse(session.isFinished());
        feed(":q");
        assertTrue(session.isFinished());
    }

    @Test
    void completionOffersNamesInScopeKeywordsAndCommands() {
        feed("let favouriteNumber = 7");
        feed("fn favourite() = favouriteNumber");
        assertEquals(List.of("favourite", "favouriteNumber"), session.completions("fav"));
        assertTrue(session.completions("wh").contains("while"));
        assertTrue(session.completions("").contains("favouriteNumber"));
        assertEquals(List.of(":type"), session.completions(":t"));
    }

    @Test
    void theWordBeforeTheCursorIsWhatCompletionReplaces() {
        assertEquals(6, ReplCompletion.wordStart("print(fav", 9));
        assertEquals(0, ReplCompletion.wordStart(":ty", 3));
        assertEquals(3, ReplCompletion.wordStart("a :ty", 5));
        assertEquals(3, ReplCompletion.wordStart("xs.ma", 5));
    }

    @Test
    void usageReportsTheSessionsModelCallsSoFar() {
        assertEquals("0 model calls (0 failed), 0 tokens in, 0 out, $0.000000; 0 from the answer cache, 0 pending",
                feed(":usage").strip());
        feed("model stand_in = offline()");
        assertEquals("\"billing\"", feed("classify \"I was charged twice\" as \"bug\" | \"billing\" using stand_in").strip());
        assertEquals("1 model call (0 failed), 0 tokens in, 0 out, $0.000000; 0 from the answer cache, 0 pending",
                feed(":us").strip());
        errors(); // the offline stand-in's notice
    }
}
