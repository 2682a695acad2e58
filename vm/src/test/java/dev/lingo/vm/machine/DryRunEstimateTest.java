package dev.lingo.vm.machine;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.cache.CacheMode;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.RecordType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A dry run estimates each call's answer from the opcode's type, not a flat guess per call. */
class DryRunEstimateTest {

    private static final RecordType PERSON = new RecordType("Person", List.of(
            new Field("name", LingoType.STRING, null), new Field("age", LingoType.INT, null)));

    private static String dryRun(Path dir, Opcode... ops) {
        List<String> notices = new ArrayList<>();
        MachineOptions options = new MachineOptions(CacheMode.NO_CACHE, null, null, true);
        try (ModelMachine machine = new ModelMachine(Map.of(), dir, notices::add, options)) {
            ModelSpec spec = new ModelSpec("openai", "gpt-4o-mini", Map.of());
            for (Opcode op : ops) {
                machine.run(List.of(spec), op, CallOptions.NONE);
            }
            return machine.summary();
        }
    }

    @Test
    void shortExtractsAreEstimatedByTheirRecordNotAsAPageEach(@TempDir Path dir) {
        String summary = dryRun(dir, Opcode.extract(PERSON, "Ada Lovelace, 36, mathematician."),
                Opcode.extract(PERSON, "Alan Turing, 41, computer scientist."));
        // {"name": "…", "age": 3}: 2 + (1 + 3 + name) + (1 + 3 + 3), the name no longer than its text (8 and 9 tokens)
        assertTrue(summary.contains("openai:gpt-4o-mini: 2 calls, about ") && summary.contains(" and 43 out"), summary);
    }

    @Test
    void aGenStringIsFreeTextAndAClassifyItsLongestLabel(@TempDir Path dir) {
        String summary = dryRun(dir, Opcode.gen("Write a limerick", LingoType.STRING),
                Opcode.classify("The invoice is wrong", List.of("bug", "billing")));
        // 256 + 5 for the poem; 2 + 2 + 5 for "billing"
        assertTrue(summary.contains(" and 270 out"), summary);
    }
}
