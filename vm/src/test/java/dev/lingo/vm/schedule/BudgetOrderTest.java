package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.ModelResponse;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.types.LingoType;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A budget of N calls goes to the first N calls in the program's order, whichever workers reach it
 * first; a request the provider turns away (429) is not a call of the budget.
 */
class BudgetOrderTest {

    @Test
    void laterCallsThatReachTheBudgetFirstLeaveItToEarlierOnes() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            server.answerAlways("{\"value\": 1}", Duration.ZERO);
            Scheduler scheduler = new Scheduler(SchedulerSettings.DEFAULTS, PriceTable.builtIn(), new ProgressTracker(), n -> { });
            scheduler.budget(new RunBudget(null, 5L, null));
            String url = server.apiBase().toString();
            ScheduledProvider provider = scheduler.provider(List.of(
                    new Scheduler.Target("openai", URI.create(url), "openai " + url, new OpenAiProvider(Endpoint.of(url)))));
            List<CallTicket> tickets = IntStream.range(0, 20).mapToObj(i -> new CallTicket(() -> { })).toList();
            tickets.forEach(scheduler::enqueue); // program order: 0, 1, 2, ...
            List<CompletableFuture<ModelResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                answers.add(new CompletableFuture<>());
            }
            for (int i = 19; i >= 0; i--) { // the workers get there last call first
                int n = i;
                Thread.ofVirtual().start(() -> {
                    try {
                        answers.get(n).complete(SendGuard.of(tickets.get(n)).bound(() -> provider.complete(request(n))));
                    } catch (RuntimeException e) {
                        answers.get(n).completeExceptionally(e);
                    }
                });
                Thread.sleep(5);
            }
            assertEquals(List.of(0, 1, 2, 3, 4), succeeded(answers));
            assertEquals(5, server.requests().size());
            provider.close();
        }
    }

    @Test
    void withManyCallsInFlightExactlyTheFirstNByProgramOrderAreSent(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"openai\": {\"maxConcurrent\": 16}}}")) {
            rig.machine.budget(new RunBudget(null, 50L, null));
            server.answerAlways("{\"value\": 1}", Duration.ofMillis(2));
            List<CompletableFuture<TypedAnswer>> answers = rig.submitAll(MachineRig.openAi(server), 200);
            assertEquals(IntStream.range(0, 50).boxed().toList(), succeeded(answers));
            assertEquals(50, server.requests().size());
        }
    }

    @Test
    void aRequestTurnedAwayWithA429IsNotACallOfTheBudget(@TempDir Path dir) {
        try (FakeOpenAiServer server = new FakeOpenAiServer(); MachineRig rig = new MachineRig(dir, "{" + MachineRig.FAST_RETRY + "}")) {
            rig.machine.budget(new RunBudget(null, 2L, null));
            server.rateLimited("0").rateLimited("0").rateLimited("0").answer("{\"value\": 7}").answer("{\"value\": 8}");
            assertEquals(7, rig.ask(MachineRig.openAi(server), 0).value().asInt(), "three 429s, then the answer: one call");
            assertEquals(8, rig.ask(MachineRig.openAi(server), 1).value().asInt());
            ModelBudgetException e = org.junit.jupiter.api.Assertions.assertThrows(ModelBudgetException.class,
                    () -> rig.ask(MachineRig.openAi(server), 2));
            assertEquals(ModelBudgetException.Limit.CALLS, e.limit());
            assertEquals(5, server.requests().size());
        }
    }

    private static ModelRequest request(int i) {
        return new ModelRequest("gpt-4o-mini", List.of(Message.user("Question number " + i)), LingoType.INT, null, null, null);
    }

    /** The indexes of the futures that were answered; every other one must have failed with the budget's error. */
    private static <T> List<Integer> succeeded(List<? extends CompletableFuture<T>> answers) {
        List<Integer> ok = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            try {
                answers.get(i).join();
                ok.add(i);
            } catch (CompletionException e) {
                assertInstanceOf(ModelBudgetException.class, e.getCause(), "call " + i);
            }
        }
        return ok;
    }
}
