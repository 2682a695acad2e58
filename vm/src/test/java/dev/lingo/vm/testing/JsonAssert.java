package dev.lingo.vm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;

/** Compares JSON by meaning (object key order ignored, number types normalised by re-reading). */
public final class JsonAssert {

    private JsonAssert() {
    }

    public static void assertJson(String expected, JsonNode actual) {
        JsonNode want = FakeJson.parse(expected);
        JsonNode got = FakeJson.parse(FakeJson.write(actual));
        assertEquals(want, got, () -> "expected " + want.toPrettyString() + "\nbut got " + got.toPrettyString());
    }

    public static void assertJson(String expected, String actual) {
        assertEquals(FakeJson.parse(expected), FakeJson.parse(actual));
    }
}
