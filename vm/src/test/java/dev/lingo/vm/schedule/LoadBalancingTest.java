package dev.lingo.vm.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.trace.PriceTable;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several base URLs for one model: least in flight first, failing ones skipped. */
class LoadBalancingTest {

    @Test
    void oneAtATimeCallsAlternate(@TempDir Path dir) {
        try (FakeOpenAiServer a = new FakeOpenAiServer(); FakeOpenAiServer b = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{}")) {
            a.answerAlways("{\"value\": 1}", Duration.ZERO);
            b.answerAlways("{\"value\": 2}", Duration.ZERO);
            ModelSpec spec = MachineRig.openAi(a, b);
            for (int i = 0; i < 10; i++) {
                rig.ask(spec, i);
            }
            assertEquals(5, a.requests().size());
            assertEquals(5, b.requests().size());
            assertEquals(2, rig.machine.endpoints().size());
        }
    }

    @Test
    void aBalancedModelIsKnownByAllItsUrlsInAnyOrder() {
        Scheduler scheduler = new Scheduler(SchedulerSettings.DEFAULTS, PriceTable.builtIn(), new ProgressTracker(), n -> { });
        ScheduledProvider ab = scheduler.provider(List.of(target("http://a:1/v1"), target("http://b:1/v1")));
        ScheduledProvider ba = scheduler.provider(List.of(target("http://b:1/v1"), target("http://a:1/v1")));
        assertEquals("openai http://a:1/v1,http://b:1/v1", ab.identity());
        assertEquals(ab.identity(), ba.identity());
        assertEquals("openai http://a:1/v1", scheduler.provider(List.of(target("http://a:1/v1"))).identity());
        assertEquals(2, scheduler.endpoints().size(), "models on the same URL share its gate");
        ab.close();
    }

    private static Scheduler.Target target(String url) {
        return new Scheduler.Target("openai", URI.create(url), "openai " + url, new OpenAiProvider(Endpoint.of(url)));
    }

    @Test
    void aBusyEndpointGetsFewerRequests(@TempDir Path dir) {
        try (FakeOpenAiServer slow = new FakeOpenAiServer(); FakeOpenAiServer fast = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"limits\": {\"openai\": {\"maxConcurrent\": 2}}}")) {
            slow.answerAlways("{\"value\": 1}", Duration.ofMillis(400));
            fast.answerAlways("{\"value\": 2}", Duration.ofMillis(2));
            List<CompletableFuture<TypedAnswer>> answers = rig.submitAll(MachineRig.openAi(slow, fast), 40);
            answers.forEach(CompletableFuture::join);
            assertEquals(40, slow.requests().size() + fast.requests().size());
            assertTrue(fast.requests().size() > 3 * slow.requests().size(),
                    "slow " + slow.requests().size() + ", fast " + fast.requests().size());
        }
    }

    @Test
    void aFailingEndpointIsSkippedOnceItsBreakerOpens(@TempDir Path dir) {
        try (FakeOpenAiServer broken = new FakeOpenAiServer(); FakeOpenAiServer healthy = new FakeOpenAiServer();
                MachineRig rig = new MachineRig(dir, "{\"circuitBreaker\": {\"failureThreshold\": 2}, " + MachineRig.FAST_RETRY + "}")) {
            healthy.answerAlways("{\"value\": 2}", Duration.ZERO); // broken answers 500: nothing is scripted
            ModelSpec spec = MachineRig.openAi(broken, healthy);
            for (int i = 0; i < 10; i++) {
                assertEquals(2, rig.ask(spec, i).value().asInt());
            }
            assertEquals(2, broken.requests().size());
            assertEquals(10, healthy.requests().size());
        }
    }
}
