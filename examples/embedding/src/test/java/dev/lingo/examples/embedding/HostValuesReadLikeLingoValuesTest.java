package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Java records, maps and lists, JS arrays and host functions behave like their Lingo counterparts:
 * record components read as fields, Lingo list methods win over the host's own, host functions
 * can be passed to list methods, and {@code for k, v} walks a map's entries.
 */
class HostValuesReadLikeLingoValuesTest {

    public record Order(String item, int quantity) {
    }

    public static final class Customer {
        public final String name = "Grace";
        public final int orders = 3;
    }

    private final Context context = Context.newBuilder("lingo", "js").allowAllAccess(true).build();
    private final Value lingo = context.getBindings("lingo");

    @AfterEach
    void close() {
        context.close();
    }

    private Value eval(String source) {
        return context.eval("lingo", source);
    }

    @Test
    void javaRecordIsARecord() {
        lingo.putMember("order", new Order("kettle", 2));
        assertEquals("2 x kettle", eval("\"{order.quantity} x {order.item}\"").asString());
        assertEquals("[\"item\", \"quantity\"]", eval("str(keys(order))").asString());
    }

    @Test
    void javaListHasSize() {
        lingo.putMember("xs", List.of("a", "b"));
        assertEquals(2, eval("xs.size").asInt());
        assertFalse(eval("xs.isEmpty").asBoolean());
    }

    @Test
    void javaMapAndObjectIterateLikeRecords() {
        lingo.putMember("stock", Map.of("kettle", 4));
        lingo.putMember("customer", new Customer());
        assertEquals("kettle=4", eval("var s = \"\"\nfor k, v in stock { s += \"{k}={v}\" }\ns").asString());
        assertEquals("name orders", eval("var s = []\nfor k, v in customer { s += [k] }\ns.join(\" \")").asString());
        assertEquals(2, eval("len(customer)").asInt());
    }

    @Test
    void javaFunctionIsAnArgumentOfListMethods() {
        lingo.putMember("square", (LongUnaryOperator) x -> x * x);
        assertEquals("[1, 4, 9]", eval("str([1, 2, 3].map(square))").asString());
    }

    @Test
    void javaScriptFunctionIsAnArgumentOfListMethods() {
        lingo.putMember("slugify", context.eval("js", "s => s.toLowerCase().replace(/ /g, '-')"));
        assertEquals("[\"a-b\", \"c\"]", eval("str([\"A B\", \"C\"].map(slugify))").asString());
    }

    @Test
    void lingoListMethodsOnAJavaScriptArray() {
        lingo.putMember("tags", context.eval("js", "['a', 'b']"));
        assertEquals("[\"A\", \"B\"]", eval("str(tags.map(t -> t.upper()))").asString());
        assertEquals(2, eval("tags.size").asInt());
    }
}
