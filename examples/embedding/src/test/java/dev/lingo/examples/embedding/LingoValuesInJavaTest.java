package dev.lingo.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** Lingo values as a Java embedder sees them: records have members, lists elements, functions execute. */
class LingoValuesInJavaTest {

    private final Context context = Context.create("lingo");

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void recordIsAnObjectWithMembersInFieldOrder() {
        Value ada = context.eval("lingo", "{name: \"Ada\", age: 36, langs: [\"en\", \"fr\"]}");
        assertTrue(ada.hasMembers());
        assertEquals(List.of("name", "age", "langs"), new ArrayList<>(ada.getMemberKeys()));
        assertEquals("Ada", ada.getMember("name").asString());
        assertEquals(36, ada.getMember("age").asInt());
        assertEquals("fr", ada.getMember("langs").getArrayElement(1).asString());
        assertTrue(ada.hasMember("age"));
        assertFalse(ada.hasMember("email"));
    }

    @Test
    void recordWithUpdateKeepsFieldOrderAndAppendsNewFields() {
        Value older = context.eval("lingo", "{name: \"Ada\", age: 36} with {age: 37, city: \"London\"}");
        assertEquals(List.of("name", "age", "city"), new ArrayList<>(older.getMemberKeys()));
        assertEquals(37, older.getMember("age").asInt());
    }

    @Test
    void functionFieldOfARecordIsInvocable() {
        Value greeter = context.eval("lingo", "let prefix = \"Hello, \"\n{greet: name -> prefix + name + \"!\", n: 1}");
        assertTrue(greeter.canInvokeMember("greet"));
        assertFalse(greeter.canInvokeMember("n"));
        assertEquals("Hello, Grace!", greeter.invokeMember("greet", "Grace").asString());
    }

    @Test
    void listIsAnArray() {
        Value squares = context.eval("lingo", "[1, 2, 3, 4].map(x -> x * x)");
        assertTrue(squares.hasArrayElements());
        assertEquals(4, squares.getArraySize());
        assertEquals(16, squares.getArrayElement(3).asLong());
        assertEquals(List.of(1, 4, 9, 16), squares.as(new org.graalvm.polyglot.TypeLiteral<List<Integer>>() { }));
    }

    @Test
    void listsAreImmutableFromJava() {
        Value xs = context.eval("lingo", "[1, 2, 3]");
        assertThrows(UnsupportedOperationException.class, () -> xs.setArrayElement(0, 9));
        assertEquals(1, xs.getArrayElement(0).asInt());
    }

    @Test
    void rangeIsAnArrayOfInts() {
        Value inclusive = context.eval("lingo", "1..5");
        assertTrue(inclusive.hasArrayElements());
        assertEquals(5, inclusive.getArraySize());
        assertEquals(5, inclusive.getArrayElement(4).asInt());
        assertEquals(3, context.eval("lingo", "0..<3").getArraySize());
    }

    @Test
    void functionIsExecutableAndNamed() {
        Value add = context.eval("lingo", "fn add(a: Int, b: Int) -> Int = a + b\nadd");
        assertTrue(add.canExecute());
        assertEquals(42, add.execute(40, 2).asInt());
        assertTrue(add.toString().contains("add"), add.toString());
        Value lambda = context.eval("lingo", "(s) -> s.upper()");
        assertEquals("LINGO", lambda.execute("lingo").asString());
    }

    @Test
    void argumentsAreCheckedAgainstTheFunctionsTypes() {
        Value add = context.eval("lingo", "fn add(a: Int, b: Int) -> Int = a + b\nadd");
        PolyglotException e = assertThrows(PolyglotException.class, () -> add.execute("forty", 2));
        assertTrue(e.isGuestException());
        assertTrue(e.getMessage().contains("Int"), e.getMessage());
    }

    @Test
    void primitivesComeBackAsJavaPrimitives() {
        assertEquals(Long.MAX_VALUE, context.eval("lingo", "9_223_372_036_854_775_807").asLong());
        assertEquals(0.5, context.eval("lingo", "1 / 2.0").asDouble());
        assertEquals("a-b", context.eval("lingo", "[\"a\", \"b\"].join(\"-\")").asString());
        assertTrue(context.eval("lingo", "1 == 1.0").asBoolean());
        Value nothing = context.eval("lingo", "null");
        assertTrue(nothing.isNull());
    }
}
