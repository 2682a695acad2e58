package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The main module's top-level names are {@code context.getBindings("lingo")}, both ways. */
class BindingsTest {

    private static final String MODULE = """
                    var counter = 1
                    let limit = 10
                    fn twice(x) = x * 2
                    fn bump() { counter += 1; counter }
                    type Mood = "happy" | "sad"
                    """;

    private Context context;
    private Value bindings;

    @BeforeEach
    void evalModule() {
        context = Context.create("lingo");
        context.eval("lingo", MODULE);
        bindings = context.getBindings("lingo");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void topLevelNamesAreReadable() {
        assertTrue(bindings.getMemberKeys().containsAll(java.util.List.of("counter", "limit", "twice", "bump")),
                        bindings.getMemberKeys().toString());
        assertEquals(10, bindings.getMember("limit").asInt());
        assertEquals(14, bindings.getMember("twice").execute(7).asInt());
    }

    @Test
    void functionsSeeTheGlobalsTheyClosedOver() {
        Value bump = bindings.getMember("bump");
        bump.execute();
        assertEquals(3, bump.execute().asInt());
        assertEquals(3, bindings.getMember("counter").asInt());
    }

    @Test
    void varIsWritableFromJavaAndScriptsSeeTheNewValue() {
        bindings.putMember("counter", 41);
        assertEquals(42, bindings.getMember("bump").execute().asInt());
        assertEquals(42, context.eval("lingo", "counter").asInt());
    }

    @Test
    void letIsNotWritable() {
        assertThrows(UnsupportedOperationException.class, () -> bindings.putMember("limit", 11));
        assertEquals(10, bindings.getMember("limit").asInt());
    }

    @Test
    void putMemberAddsAGlobalThatLaterEvalsUseByName() {
        assertFalse(bindings.hasMember("taxRate"));
        bindings.putMember("taxRate", 0.25);
        bindings.putMember("customer", "Grace");
        assertTrue(bindings.hasMember("taxRate"));
        assertEquals(25.0, context.eval("lingo", "100 * taxRate").asDouble());
        assertEquals("Dear Grace", context.eval("lingo", "\"Dear {customer}\"").asString());
        assertEquals("Float", context.eval("lingo", "typeOf(taxRate)").asString());
    }

    @Test
    void laterEvalsAddToTheSameBindings() {
        context.eval("lingo", "fn thrice(x) = x * 3");
        assertEquals(21, bindings.getMember("thrice").execute(7).asInt());
        assertEquals(42, context.eval("lingo", "thrice(twice(7))").asInt());
    }
}
