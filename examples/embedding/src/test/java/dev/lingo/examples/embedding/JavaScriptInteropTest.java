package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lingo and GraalJS in one context: each calls the other's functions and reads the other's data. */
class JavaScriptInteropTest {

    private Context context;
    private Value lingo;
    private Value js;

    @BeforeEach
    void open() {
        context = Context.newBuilder("lingo", "js").allowAllAccess(true).build();
        lingo = context.getBindings("lingo");
        js = context.getBindings("js");
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void javaScriptCallsALingoFunction() {
        context.eval("lingo", "fn discount(price: Float, percent: Int) -> Float = price * (100 - percent) / 100");
        js.putMember("discount", lingo.getMember("discount"));
        Value total = context.eval("js", "[10, 20.5].map(p => discount(p, 20)).reduce((a, b) => a + b, 0)");
        assertEquals(24.4, total.asDouble(), 1e-9);
        assertEquals("number", context.eval("js", "typeof discount(1, 0)").asString());
    }

    @Test
    void javaScriptReadsLingoRecordsAndLists() {
        context.eval("lingo", "let order = {id: 7, items: [\"tea\", \"milk\"], describe: n -> \"order {n}\"}");
        js.putMember("order", lingo.getMember("order"));
        assertEquals("id,items,describe", context.eval("js", "Object.keys(order).join()").asString());
        assertEquals("tea+milk", context.eval("js", "order.items.join('+')").asString());
        assertEquals(2, context.eval("js", "order.items.length").asInt());
        assertEquals("order 7", context.eval("js", "order.describe(order.id)").asString());
    }

    @Test
    void lingoCallsAJavaScriptFunction() {
        Value slugify = context.eval("js", "(function slugify(s) { return s.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-'); })");
        lingo.putMember("slugify", slugify);
        assertEquals("hello-polyglot-world", context.eval("lingo", "slugify(\"  Hello, Polyglot World \")").asString());
        assertEquals("[\"a-b\", \"c\"]", context.eval("lingo", "str([\"A B\", \"C\"].map(s -> slugify(s)))").asString());
    }

    @Test
    void javaScriptNumbersAndObjectsInLingo() {
        lingo.putMember("add", context.eval("js", "(a, b) => a + b"));
        lingo.putMember("point", context.eval("js", "({x: 3, y: 4, tags: ['a', 'b']})"));
        assertTrue(context.eval("lingo", "add(2, 3) == 5").asBoolean());
        lingo.putMember("five", context.eval("js", "() => 5"));
        assertEquals("Int", context.eval("lingo", "typeOf(five())").asString());
        assertEquals(25, context.eval("lingo", "point.x * point.x + point.y * point.y").asInt());
        assertEquals("ab", context.eval("lingo", "var s = \"\"\nfor t in point.tags { s += t }\ns").asString());
        assertEquals(2, context.eval("lingo", "len(point.tags)").asInt());
        assertEquals("[\"x\", \"y\", \"tags\"]", context.eval("lingo", "str(keys(point))").asString());
    }

    @Test
    void javaScriptErrorCrossesLingoToJava() {
        lingo.putMember("fail", context.eval("js", "(function fail(why) { throw new RangeError(why); })"));
        context.eval("lingo", "fn validate(n) { if n > 9 { fail(\"too big: {n}\") }\n n }");
        PolyglotException e = assertThrows(PolyglotException.class,
                        () -> lingo.getMember("validate").execute(12));
        assertTrue(e.getMessage().contains("too big: 12"), e.getMessage());
        assertEquals(5, lingo.getMember("validate").execute(5).asInt());
    }
}
