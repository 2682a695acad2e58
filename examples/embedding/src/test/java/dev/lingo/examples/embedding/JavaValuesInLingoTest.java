package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongUnaryOperator;

/** Java values handed to Lingo: primitives convert, lists and arrays act as lists, maps and objects as records. */
class JavaValuesInLingoTest {

    /** A plain Java object with public fields, as older code bases have them. */
    public static final class Customer {
        public final String name;
        public final int orders;

        Customer(String name, int orders) {
            this.name = name;
            this.orders = orders;
        }

        public String label() {
            return name + " (" + orders + ")";
        }
    }

    private Context context;
    private Value bindings;

    @BeforeEach
    void open() {
        // What an embedder grants: public members, lists, arrays and maps; nothing else of the host.
        HostAccess access = HostAccess.newBuilder().allowPublicAccess(true).allowListAccess(true)
                        .allowArrayAccess(true).allowMapAccess(true).build();
        context = Context.newBuilder("lingo").allowHostAccess(access).build();
        bindings = context.getBindings("lingo");
    }

    @AfterEach
    void close() {
        context.close();
    }

    private Value eval(String source) {
        return context.eval("lingo", source);
    }

    @Test
    void primitivesBecomeLingoValues() {
        bindings.putMember("i", 7);
        bindings.putMember("l", 1L << 40);
        bindings.putMember("d", 2.5);
        bindings.putMember("s", "text");
        bindings.putMember("b", true);
        bindings.putMember("sh", (short) 3);
        bindings.putMember("f", 0.5f);
        assertEquals("Int Int Float String Bool Int Float", eval("[i, l, d, s, b, sh, f].map(typeOf).join(\" \")").asString());
        assertEquals((1L << 40) + 7, eval("l + i").asLong());
        assertEquals(17.5, eval("i * d").asDouble());
        assertEquals("TEXT!", eval("if b { s.upper() + \"!\" } else { s }").asString());
    }

    @Test
    void javaListIsALingoList() {
        bindings.putMember("xs", new ArrayList<>(List.of(3, 1, 2)));
        assertEquals(6, eval("var total = 0\nfor x in xs { total += x }\ntotal").asInt());
        assertEquals("[6, 2, 4]", eval("str(xs.map(x -> x * 2))").asString());
        assertEquals(3, eval("xs[0]").asInt());
        assertEquals(2, eval("xs[-1]").asInt());
        assertEquals(3, eval("len(xs)").asInt());
        assertEquals("[1, 2, 3]", eval("str(xs.sortBy(x -> x))").asString());
    }

    @Test
    void javaArrayIsALingoList() {
        bindings.putMember("nums", new long[] {4, 5, 6});
        assertEquals(3, eval("nums.size").asInt());
        assertEquals(15, eval("nums.sum()").asInt());
        assertEquals(6, eval("nums[-1]").asInt());
        assertEquals(3, eval("fn count(xs: [Int]) = xs.size\ncount(nums)").asInt());
    }

    @Test
    void javaMapWithStringKeysIsARecord() {
        Map<String, Object> ada = new LinkedHashMap<>();
        ada.put("name", "Ada");
        ada.put("born", 1815);
        bindings.putMember("ada", ada);
        assertEquals("Ada", eval("ada.name").asString());
        assertEquals(1815, eval("ada[\"born\"]").asInt());
        assertEquals("[\"name\", \"born\"]", eval("str(keys(ada))").asString());
        assertTrue(eval("has(ada, \"born\") && !has(ada, \"died\")").asBoolean());
        assertEquals("Ada", eval("fn nameOf(p: {name: String}) = p.name\nnameOf(ada)").asString());
        assertEquals(37, eval("(ada with {age: 36}).age + 1").asInt());
    }

    @Test
    void javaObjectWithPublicFieldsIsARecord() {
        bindings.putMember("customer", new Customer("Grace", 3));
        assertEquals("Grace has 3 orders", eval("\"{customer.name} has {customer.orders} orders\"").asString());
        assertEquals("[\"name\", \"orders\"]", eval("str(keys(customer))").asString());
        assertEquals("{\"name\":\"Grace\",\"orders\":3}", eval("json.stringify(customer)").asString());
        assertEquals("Grace (3)", eval("customer.label()").asString());
    }

    @Test
    void javaObjectIteratesAsFieldPairsLikeARecord() {
        bindings.putMember("customer", new Customer("Grace", 3));
        String pairs = "fn pairs(r) {\n var out = []\n for p in r { out += [p] }\n str(out)\n}\n";
        assertEquals("[[\"name\", \"Grace\"], [\"orders\", 3]]", eval(pairs + "pairs(customer)").asString());
        assertEquals(eval("pairs({name: \"Grace\", orders: 3})").asString(), eval("pairs(customer)").asString());
    }

    @Test
    void listOfJavaObjectsWorksWithListMethods() {
        bindings.putMember("customers", List.of(new Customer("Ada", 5), new Customer("Bob", 0), new Customer("Eve", 2)));
        assertEquals("Ada, Eve", eval("customers.filter(c -> c.orders > 0).map(c -> c.name).join(\", \")").asString());
        assertEquals(7, eval("customers.map(c -> c.orders).sum()").asInt());
    }

    @Test
    void javaFunctionsAreCallable() {
        bindings.putMember("square", (LongUnaryOperator) x -> x * x);
        bindings.putMember("label", (BiFunction<String, Object, String>) (k, v) -> k + ": " + v);
        // Lingo lists reach Java as java.util.List views.
        bindings.putMember("longest", (Function<List<String>, String>) words ->
                        words.stream().reduce("", (a, b) -> b.length() > a.length() ? b : a));
        assertEquals(144, eval("square(12)").asInt());
        assertEquals("Int", eval("typeOf(square(3))").asString());
        assertEquals("stars: 5", eval("label(\"stars\", 5)").asString());
        assertEquals("banana", eval("longest([\"fig\", \"banana\", \"kiwi\"])").asString());
        assertEquals("[1, 4, 9]", eval("str([1, 2, 3].map(x -> square(x)))").asString());
    }

    @Test
    void lingoIntReachesJavaAsLong() {
        bindings.putMember("javaType", (Function<Object, String>) o -> o.getClass().getSimpleName());
        assertEquals("Long", eval("javaType(1)").asString());
        assertEquals("Double", eval("javaType(1.5)").asString());
        assertEquals("String", eval("javaType(\"x\")").asString());
    }
}
