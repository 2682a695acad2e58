package dev.lingo.vm.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lingo.vm.provider.Usage;
import org.junit.jupiter.api.Test;

class PriceTableTest {

    private static PriceTable table(String json) throws Exception {
        return PriceTable.fromJson(new ObjectMapper().readTree(json));
    }

    @Test
    void exactBeatsQualifiedPrefixBeatsPlainPrefixAndLongestPrefixWins() throws Exception {
        PriceTable t = table("""
                {"_comment": "ignored",
                 "m*": {"input": 1, "output": 1},
                 "m-large*": {"input": 2, "output": 2},
                 "m-large-v2": {"input": 3, "output": 3},
                 "vllm/*": {"input": 0, "output": 0}}
                """);
        assertEquals(3.0, t.lookup("openai", "m-large-v2").orElseThrow().input());
        assertEquals(2.0, t.lookup("openai", "m-large-v3").orElseThrow().input());
        assertEquals(1.0, t.lookup("openai", "m-small").orElseThrow().input());
        assertEquals(0.0, t.lookup("vllm", "m-small").orElseThrow().input(), "a provider-wide price beats a plain prefix");
        assertTrue(t.lookup("openai", "other").isEmpty());
        assertNull(t.cost("openai", "other", new Usage(1, 1, 0, 0)));
    }

    @Test
    void costPricesEachKindOfToken() throws Exception {
        ModelPrice p = table("{\"m\": {\"input\": 1.0, \"output\": 2.0, \"cached_input\": 0.5, \"cache_write\": 1.25}}")
                .lookup("x", "m").orElseThrow();
        assertEquals((500 * 1.0 + 200 * 0.5 + 300 * 1.25 + 100 * 2.0) / 1e6, p.cost(new Usage(1000, 100, 200, 300)), 1e-15);
        ModelPrice plain = table("{\"m\": {\"input\": 4, \"output\": 8}}").lookup("x", "m").orElseThrow();
        assertEquals(4.0, plain.cachedInput(), "cached input defaults to the input price");
    }

    @Test
    void theBuiltInTableResolvesDatedModelIdsAndOverridesWin() throws Exception {
        PriceTable builtIn = PriceTable.builtIn();
        ModelPrice mini = builtIn.lookup("openai", "gpt-4o-mini-2024-07-18").orElseThrow();
        assertEquals(builtIn.lookup("openai", "gpt-4o-mini").orElseThrow(), mini);
        assertNotEquals(builtIn.lookup("openai", "gpt-4o-2024-08-06").orElseThrow(), mini);
        assertEquals(0.0, builtIn.cost("ollama", "llama3.2", new Usage(5000, 500, 0, 0)));
        PriceTable mine = builtIn.with(table("{\"gpt-4o-mini*\": {\"input\": 9, \"output\": 9}}"));
        assertEquals(9.0, mine.lookup("openai", "gpt-4o-mini-2024-07-18").orElseThrow().input());
    }

    @Test
    void aPriceWithoutNumbersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> table("{\"m\": {\"input\": \"cheap\"}}"));
        assertTrue(e.getMessage().contains("'m'"));
    }
}
