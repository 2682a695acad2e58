package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.PolyglotException.StackFrame;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Errors reach Java as PolyglotException: syntax errors flagged as such, run-time errors with Lingo frames. */
class LingoErrorsTest {

    private final Context context = Context.create("lingo");

    @AfterEach
    void close() {
        context.close();
    }

    private PolyglotException evalFailing(String name, String code) {
        Source source = Source.newBuilder("lingo", code, name).buildLiteral();
        return assertThrows(PolyglotException.class, () -> context.eval(source));
    }

    @Test
    void syntaxErrorIsFlaggedAndPointsAtTheCulprit() {
        PolyglotException e = evalFailing("bad.lingo", "let total = 1\nlet = 5\n");
        assertTrue(e.isSyntaxError());
        assertFalse(e.isIncompleteSource());
        assertTrue(e.getMessage().contains("bad.lingo:2:5"), e.getMessage());
        SourceSection at = e.getSourceLocation();
        assertNotNull(at);
        assertEquals(2, at.getStartLine());
    }

    @Test
    void unfinishedInputIsIncompleteSource() {
        PolyglotException e = evalFailing("repl.lingo", "fn add(a, b) {\n  a + b\n");
        assertTrue(e.isSyntaxError());
        assertTrue(e.isIncompleteSource());
        assertTrue(evalFailing("repl.lingo", "[1, 2").isIncompleteSource());
    }

    @Test
    void aSyntaxErrorRunsNothing() {
        context.eval("lingo", "var ran = false");
        evalFailing("half.lingo", "ran = true\nlet x = )");
        assertFalse(context.eval("lingo", "ran").asBoolean());
    }

    @Test
    void thrownErrorCarriesItsMessageAndLingoStackFrames() {
        PolyglotException e = evalFailing("orders.lingo", """
                        fn validate(qty) {
                          if qty < 1 { throw "quantity must be positive, got {qty}" }
                          qty
                        }
                        fn place(qty) = validate(qty) * 2
                        place(0)
                        """);
        assertTrue(e.isGuestException());
        assertFalse(e.isSyntaxError(), e.getMessage());
        assertTrue(e.getMessage().contains("quantity must be positive, got 0"), e.getMessage());

        List<String> frames = new ArrayList<>();
        for (StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                SourceSection at = frame.getSourceLocation();
                frames.add(frame.getRootName() + "@" + at.getSource().getName() + ":" + at.getStartLine());
            }
        }
        assertTrue(frames.size() >= 2, frames.toString());
        assertEquals("validate@orders.lingo:2", frames.get(0));
        assertEquals("place@orders.lingo:5", frames.get(1));
    }

    @Test
    void builtinErrorFromAFunctionCalledByJava() {
        context.eval(Source.newBuilder("lingo", "fn ratio(a, b) = a / b", "math.lingo").buildLiteral());
        var ratio = context.getBindings("lingo").getMember("ratio");
        PolyglotException e = assertThrows(PolyglotException.class, () -> ratio.execute(1, 0));
        assertTrue(e.isGuestException());
        StackFrame top = e.getPolyglotStackTrace().iterator().next();
        assertTrue(top.isGuestFrame(), top.toString());
        assertEquals("math.lingo", top.getSourceLocation().getSource().getName());
        // Java stays usable: the context survives a guest error.
        assertEquals(2, ratio.execute(4, 2).asInt());
    }

    @Test
    void errorCaughtInLingoNeverReachesJava() {
        assertEquals("KeyError", context.eval("lingo", "try { {a: 1}.b } catch e { e.kind }").asString());
    }
}
