package dev.lingo.vm.batch.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.batch.RuleModel;
import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.schedule.ModelBudgetException;
import dev.lingo.vm.schedule.RunBudget;
import dev.lingo.vm.schedule.TokenEstimate;
import dev.lingo.vm.schedule.TokenEstimator;
import dev.lingo.vm.testing.Eventually;
import dev.lingo.vm.testing.FakeBatchApi;
import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch job spends the run's budget like normal calls: what would pass a limit is not sent. */
class BatchBudgetTest {

    /** One dollar per thousand tokens (half that in a batch), so the arithmetic below is readable. */
    private static final String PRICED = "{\"prices\": {\"gpt-4o-mini\": {\"input\": 1000, \"output\": 1000}}}";
    private static final double DOLLARS_PER_BATCH_TOKEN = 0.001 * OpenAiBatchRunner.BATCH_PRICE_FACTOR;
    private static final List<String> LABELS = OpenAiBatchFlowTest.LABELS;

    /** Texts of one length, so every request has the same estimate. */
    static List<Opcode> tickets(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> Opcode.classify("Ticket number " + i, LABELS)).toList();
    }

    static ModelMachine machine(Path dir, String lingoJson) throws IOException {
        Files.writeString(dir.resolve("lingo.json"), lingoJson);
        return MachineBatchTest.machine(dir);
    }

    /** The budget errors of {@code answers}, after checking every other answer is "bug". */
    static List<ModelBudgetException> refusals(List<CompletableFuture<TypedAnswer>> answers) {
        return answers.stream().map(a -> {
            try {
                assertEquals("bug", a.join().value().asText());
                return null;
            } catch (CompletionException e) {
                return assertInstanceOf(ModelBudgetException.class, e.getCause());
            }
        }).filter(e -> e != null).toList();
    }

    /** Prompt plus answer tokens of every line the job answered, as the fake billed them. */
    static long realTokens(FakeBatchApi batches, String batchId) {
        long tokens = 0;
        for (JsonNode line : batches.outputLines(batchId)) {
            JsonNode usage = line.path("response").path("body").path("usage");
            tokens += usage.path("prompt_tokens").asLong() + usage.path("completion_tokens").asLong();
        }
        return tokens;
    }

    @Test
    void maxCallsLetsTwoOfFiveIntoTheJobAndFailsTheRestAtOnce(@TempDir Path dir) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir, "{}")) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).hold();
            machine.budget(new RunBudget(null, 2L, null));
            var answers = MachineBatchTest.submitAll(machine, MachineBatchTest.spec(server), tickets(0, 5));
            machine.flush();
            Eventually.until(() -> machine.progress().failed() == 3, () -> "the refused to fail while the job runs: " + machine.progress());
            assertEquals(0, machine.progress().done());
            batches.release();
            List<ModelBudgetException> refused = refusals(answers);
            assertEquals(3, refused.size());
            for (ModelBudgetException e : refused) {
                assertEquals(ModelBudgetException.Limit.CALLS, e.limit());
                assertTrue(e.getMessage().contains("the run's budget of 2 model calls is used up (raise it with --max-calls"), e.getMessage());
            }
            assertEquals(1, batches.creations());
            assertEquals(2, batches.inputLines(batches.batchIds().getFirst()).size());
            assertEquals(0, OpenAiBatchFlowTest.chat(server).size(), "nothing was asked the normal way");
            assertEquals(2, machine.ledger().calls());
        }
    }

    @Test
    void maxCostReservesEachRequestAtTheBatchPriceAndCountsWhatTheJobReallyCost(@TempDir Path dir) throws IOException {
        List<Opcode> ops = tickets(10, 5);
        ModelRequest request = ModelRequest.forOpcode(BatchRig.MODEL, ops.getFirst(), null, null, null);
        TokenEstimate estimate;
        try (OpenAiProvider chat = new OpenAiProvider(Endpoint.of("http://127.0.0.1:1/v1"))) {
            estimate = new TokenEstimator().estimate("openai/" + BatchRig.MODEL, request, chat.schemaFor(request.type()));
        }
        double perRequest = estimate.total() * DOLLARS_PER_BATCH_TOKEN;
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir, PRICED)) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS));
            machine.budget(new RunBudget(2.5 * perRequest, null, null)); // two fit at half price; one at full price
            var answers = MachineBatchTest.submitAll(machine, MachineBatchTest.spec(server), ops);
            machine.flush();
            List<ModelBudgetException> refused = refusals(answers);
            assertEquals(3, refused.size());
            assertEquals(ModelBudgetException.Limit.COST, refused.getFirst().limit());
            assertTrue(refused.getFirst().getMessage().contains("raise it with --max-cost"), refused.getFirst().getMessage());
            String job = batches.batchIds().getFirst();
            assertEquals(2, batches.inputLines(job).size());

            long tokens = realTokens(batches, job);
            double cost = tokens * DOLLARS_PER_BATCH_TOKEN;
            assertEquals(cost, machine.ledger().cost(), 1e-12);
            machine.budget(new RunBudget(cost, null, null));
            ModelBudgetException byCost = assertThrows(ModelBudgetException.class, () -> machine.run(List.of(MachineBatchTest.spec(server)),
                    tickets(20, 1).getFirst(), CallOptions.NONE));
            assertTrue(byCost.getMessage().contains(String.format(Locale.ROOT, "($%.6f spent, $0.000000 expected", cost)), byCost.getMessage());
            machine.budget(new RunBudget(null, null, tokens));
            ModelBudgetException byTokens = assertThrows(ModelBudgetException.class, () -> machine.run(List.of(MachineBatchTest.spec(server)),
                    tickets(20, 1).getFirst(), CallOptions.NONE));
            assertTrue(byTokens.getMessage().contains("(" + tokens + " used, 0 expected"), byTokens.getMessage());
            assertEquals(1, batches.creations(), "the refused requests sent nothing");
        }
    }

    @Test
    void batchedOpcodesAreInFlightWhileTheirJobRuns(@TempDir Path dir) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir, "{}")) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).hold();
            var answers = MachineBatchTest.submitAll(machine, MachineBatchTest.spec(server), tickets(0, 5));
            Eventually.until(() -> machine.progress().submitted() == 5, () -> "submissions");
            assertEquals(0, machine.progress().inFlight(), "held back, not yet sent");
            machine.flush();
            Eventually.until(() -> batches.polls() >= 3, () -> "the job to be under way");
            assertEquals(5, machine.progress().inFlight());
            assertEquals(5, machine.progress().pending());
            batches.release();
            assertEquals(0, refusals(answers).size());
            assertEquals(0, machine.progress().inFlight());
            assertEquals(5, machine.progress().done());
        }
    }

    @Test
    void aJobThatFailsAsAWholeGivesItsReservationsBack(@TempDir Path dir) throws IOException {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); ModelMachine machine = machine(dir, "{}")) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).failBatches("input rejected");
            machine.budget(new RunBudget(null, 2L, null));
            var failed = MachineBatchTest.submitAll(machine, MachineBatchTest.spec(server), tickets(0, 2));
            machine.flush();
            failed.forEach(a -> assertInstanceOf(BatchJobFailedException.class,
                    assertThrows(CompletionException.class, a::join).getCause()));
            batches.failBatches(null);
            var answers = MachineBatchTest.submitAll(machine, MachineBatchTest.spec(server), tickets(2, 2));
            machine.flush();
            assertEquals(0, refusals(answers).size(), "a rejected job is not billed, so the two calls are still there");
            assertEquals(2, batches.creations());
        }
    }

    @Test
    void aJobReattachedAfterACrashIsNeverRefusedButItsLinesCount(@TempDir Path dir) throws IOException {
        List<Opcode> ops = tickets(0, 3);
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            FakeBatchApi batches = server.batchApi(RuleModel.answering(LABELS)).hold();
            try (ModelMachine first = machine(dir, "{}")) {
                MachineBatchTest.submitAll(first, MachineBatchTest.spec(server), ops);
                first.flush();
                Eventually.until(() -> batches.polls() >= 3, () -> "the job to be under way");
            }
            try (ModelMachine second = MachineBatchTest.machine(dir)) {
                second.budget(new RunBudget(null, 1L, null));
                var answers = MachineBatchTest.submitAll(second, MachineBatchTest.spec(server), ops);
                second.flush();
                batches.release();
                assertEquals(0, refusals(answers).size(), "paid for by the first run");
                ModelBudgetException e = assertThrows(ModelBudgetException.class, () -> second.run(List.of(MachineBatchTest.spec(server)),
                        tickets(3, 1).getFirst(), CallOptions.NONE));
                assertEquals(ModelBudgetException.Limit.CALLS, e.limit());
                assertEquals(1, batches.creations());
            }
        }
    }
}
