package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run's budget stops the request that would pass it, before it is sent. */
class BudgetTest {

    /** One dollar per thousand tokens, so the arithmetic below is readable. */
    private static final String PRICED = "\"prices\": {\"gpt-4o-mini\": {\"input\": 1000, \"output\": 1000}}";
    private static final CallOptions SHORT = new CallOptions(null, 60, null, null);

    @Test
    void maxCallsStopsTheCallThatWouldPassIt(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            rig.machine.budget(new RunBudget(null, 3L, null));
            ModelSpec spec = MachineRig.openAi(server);
            for (int i = 0; i < 4; i++) {
                server.answer("{\"value\": " + i + "}");
            }
            for (int i = 0; i < 3; i++) {
                assertEquals(i, rig.ask(spec, i).value().asInt());
            }
            ModelBudgetException e = assertThrows(ModelBudgetException.class, () -> rig.ask(spec, 3));
            assertEquals("ModelBudgetError", e.kind());
            assertEquals(ModelBudgetException.Limit.CALLS, e.limit());
            assertTrue(e.getMessage().contains("the run's budget of 3 model calls is used up"), e.getMessage());
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void reasksCountAsCallsButFailedRequestsDoNot(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            rig.machine.budget(new RunBudget(null, 2L, null));
            ModelSpec spec = MachineRig.openAi(server);
            server.error(500, "boom").error(500, "boom").answer("{\"value\": \"many\"}").answer("{\"value\": \"lots\"}");
            ModelBudgetException e = assertThrows(ModelBudgetException.class, () -> rig.ask(spec, 0),
                    "two server errors (not billed), two answers that are not Ints: the second re-ask would be call three");
            assertTrue(e.getMessage().contains("the run's budget of 2 model calls is used up"), e.getMessage());
            assertEquals(4, server.requests().size());
        }
    }

    @Test
    void maxCostFailsBeforeTheLimitIsPassed(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + PRICED + "}")) {
            rig.machine.budget(new RunBudget(0.5, null, null));
            ModelSpec spec = MachineRig.openAi(server);
            for (int i = 0; i < 5; i++) {
                server.answer("{\"value\": " + i + "}", 100, 50, 0); // $0.15 a call
            }
            int answered = 0;
            ModelBudgetException stop = null;
            for (int i = 0; i < 5 && stop == null; i++) {
                try {
                    rig.machine.run(List.of(spec), MachineRig.question(i), SHORT);
                    answered++;
                } catch (ModelBudgetException e) {
                    stop = e;
                }
            }
            assertEquals(3, answered, "$0.45 spent; a fourth call would make it $0.60");
            assertEquals(ModelBudgetException.Limit.COST, stop.limit());
            assertTrue(stop.getMessage().contains("would pass the run's budget of $0.500000 ($0.450000 spent"), stop.getMessage());
            assertEquals(0.45, rig.machine.ledger().cost(), 1e-9);
            assertEquals(0.45, rig.machine.progress().cost(), 1e-9);
            assertEquals(3, server.requests().size());
        }
    }

    @Test
    void maxTokensCountsPromptAndAnswer(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{\"budget\": {\"maxTokens\": 400}}")) {
            ModelSpec spec = MachineRig.openAi(server);
            for (int i = 0; i < 3; i++) {
                server.answer("{\"value\": " + i + "}", 100, 50, 0);
            }
            rig.machine.run(List.of(spec), MachineRig.question(0), SHORT);
            rig.machine.run(List.of(spec), MachineRig.question(1), SHORT);
            ModelBudgetException e = assertThrows(ModelBudgetException.class, () -> rig.machine.run(List.of(spec), MachineRig.question(2), SHORT));
            assertEquals(ModelBudgetException.Limit.TOKENS, e.limit());
            assertTrue(e.getMessage().contains("about 150 more tokens would pass the run's budget of 400 tokens (300 used"), e.getMessage());
        }
    }

    @Test
    void callsInFlightHoldTheirShareSoConcurrencyCannotOvershoot(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{}")) {
            rig.machine.budget(new RunBudget(null, 5L, null));
            server.answerAlways("{\"value\": 1}", java.time.Duration.ZERO);
            server.hold();
            List<CompletableFuture<TypedAnswer>> answers = rig.submitAll(MachineRig.openAi(server), 20);
            dev.lingo.vm.testing.Eventually.until(() -> rig.machine.progress().failed() == 15,
                    () -> "fifteen to be refused: " + rig.machine.progress());
            server.release();
            long refused = answers.stream().filter(a -> {
                try {
                    a.join();
                    return false;
                } catch (CompletionException e) {
                    assertInstanceOf(ModelBudgetException.class, e.getCause());
                    return true;
                }
            }).count();
            assertEquals(15, refused);
            assertEquals(5, server.requests().size());
        }
    }
}
