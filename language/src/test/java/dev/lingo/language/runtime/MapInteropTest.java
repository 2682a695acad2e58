package dev.lingo.language.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

/** What an embedder sees of Maps and Sets: a polyglot hash and an array. */
class MapInteropTest {

    @Test
    void aMapIsAHashInInsertionOrder() {
        try (Context context = Context.create("lingo")) {
            Value m = context.eval("lingo", "[\"b\": 2, \"a\": 1, 3: [true]]");
            assertTrue(m.hasHashEntries());
            assertEquals(3, m.getHashSize());
            assertEquals(2, m.getHashValue("b").asInt());
            assertEquals(1, m.getHashValue("a").asLong());
            assertTrue(m.getHashValue(3).getArrayElement(0).asBoolean());
            assertTrue(m.hasHashEntry(3L));
            assertFalse(m.hasHashEntry("zz"));
            assertEquals("Map", m.getMetaObject().getMetaSimpleName());
            List<String> keys = new ArrayList<>();
            Value it = m.getHashKeysIterator();
            while (it.hasIteratorNextElement()) {
                Value k = it.getIteratorNextElement();
                keys.add(k.isString() ? k.asString() : String.valueOf(k.asLong()));
            }
            assertEquals(List.of("b", "a", "3"), keys);
        }
    }

    @Test
    void aSetIsAnArrayOfItsElements() {
        try (Context context = Context.create("lingo")) {
            Value s = context.eval("lingo", "set([\"x\", \"y\", \"x\"])");
            assertEquals(2, s.getArraySize());
            assertEquals("y", s.getArrayElement(1).asString());
            assertEquals("Set", s.getMetaObject().getMetaSimpleName());
            assertEquals("set([\"x\", \"y\"])", s.toString());
        }
    }

    @Test
    void aMapOfManyKeysFindsEachAndKeepsEarlierVersions() {
        try (Context context = Context.create("lingo")) {
            Value r = context.eval("lingo", """
                            var m = [:]
                            var old = m
                            for i in 0..<30000 {
                                m = m.set(i * 7919 % 100003, i)
                                if i == 15000 { old = m }
                            }
                            var found = 0
                            for i in 0..<30000 {
                                if m[i * 7919 % 100003] == i { found += 1 }
                            }
                            var removed = m
                            for i in 0..<29990 { removed = removed.remove(i * 7919 % 100003) }
                            [found, m.size, old.size, removed.size, removed.values()]
                            """);
            assertEquals(30000, r.getArrayElement(0).asInt());
            assertEquals(30000, r.getArrayElement(1).asInt());
            assertEquals(15001, r.getArrayElement(2).asInt());
            assertEquals(10, r.getArrayElement(3).asInt());
            assertEquals(29990, r.getArrayElement(4).getArrayElement(0).asInt());
        }
    }
}
