package dev.lingo.vm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.cache.RequestFingerprint;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Usage;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.FakeUsage;
import dev.lingo.vm.trace.PriceTable;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packed answers are cached under each item's own key with a fair share of the tokens, and cost far less per item. */
class PackingCostTest {

    @Test
    void aPackedRunThenAnUnpackedRunOverTheSameCacheMakesNoCall(@TempDir Path dir) {
        List<String> labels = PromptPackerTest.LABELS;
        try (FakeOpenAiServer server = new FakeOpenAiServer();
             AnswerCache cache = AnswerCache.open(CacheSettings.in(dir), PriceTable.builtIn())) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(labels)));
            List<TypedAnswer> packed;
            try (PackingRig rig = new PackingRig(server, PromptPackerTest.PACK_16, cache)) {
                packed = rig.askAll(PromptPackerTest.classifyItems(40));
                assertEquals(3, rig.chatRequests().size());
                ModelRequest first = ModelRequest.forOpcode(PackingRig.MODEL, PromptPackerTest.classifyItems(1).getFirst(), null, null, null);
                var key = RequestFingerprint.of(rig.provider.identity(), "openai", first,
                        rig.provider.schemaFor(first.type()).hash());
                assertEquals(packed.getFirst().record().usage(), cache.lookup(key).orElseThrow().answer().usage(),
                        "stored under the item's single-request key, with the item's share of the tokens");
            }
            long before = server.requests().size();
            try (PackingRig rig = new PackingRig(server, PackingSettings.OFF, cache)) {
                List<TypedAnswer> unpacked = rig.askAll(PromptPackerTest.classifyItems(40));
                assertEquals(before, server.requests().size(), "every answer came from the cache");
                assertEquals(packed.stream().map(a -> a.value().asText()).toList(), unpacked.stream().map(a -> a.value().asText()).toList());
            }
        }
    }

    @Test
    void itemSharesAddUpToThePackAndShortItemsCostAtLeastThreeTimesLessPromptTokens() {
        List<String> labels = PromptPackerTest.LABELS;
        long packedPrompt;
        long packedReported;
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PromptPackerTest.PACK_16)) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(labels)));
            packedPrompt = rig.askAll(PromptPackerTest.classifyItems(40)).stream().mapToLong(a -> a.record().usage().inputTokens()).sum();
            packedReported = rig.chatRequests().stream().mapToLong(r -> FakeUsage.promptTokens(r.json())).sum();
        }
        long unpackedPrompt;
        try (FakeOpenAiServer server = new FakeOpenAiServer(); PackingRig rig = new PackingRig(server, PackingSettings.OFF)) {
            server.answerEach(RuleModel.answering(RuleModel.labelIn(labels)));
            unpackedPrompt = rig.askAll(PromptPackerTest.classifyItems(40)).stream().mapToLong(a -> a.record().usage().inputTokens()).sum();
            assertEquals(40, rig.chatRequests().size());
        }
        assertEquals(packedReported, packedPrompt, "the items' shares add up to what the server reported");
        double ratio = (double) unpackedPrompt / packedPrompt;
        System.out.printf("prompt tokens per item: unpacked %.1f, packed %.1f (%.2fx fewer)%n",
                unpackedPrompt / 40.0, packedPrompt / 40.0, ratio);
        assertTrue(ratio >= 3, "packing should cost at least 3x fewer prompt tokens per short item, got " + ratio);
    }

    @Test
    void sharesAreEvenAndAddUpExactly() {
        Usage total = new Usage(1001, 97, 10, 0);
        Usage sum = Usage.ZERO;
        for (int i = 0; i < 7; i++) {
            Usage share = UsageSplit.share(total, 7, i);
            assertTrue(share.inputTokens() == 143 || share.inputTokens() == 144, share.toString());
            sum = sum.plus(share);
        }
        assertEquals(total, sum);
    }
}
