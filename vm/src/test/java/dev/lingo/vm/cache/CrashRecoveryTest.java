package dev.lingo.vm.cache;

import dev.lingo.vm.testing.ChildJvm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real child JVM asks N questions through the cache and is killed with SIGKILL part-way; run
 * again, it pays for none of the answers it had finished: the fake server counts the requests.
 */
class CrashRecoveryTest {

    private static final int N = 12;
    private static final int KILL_AFTER = 5;

    @TempDir
    Path dir;

    @Test
    void aRunKilledWithSigkillRepaysNoFinishedCall() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            EchoReplies.enqueue(server, 2 * N, question -> "answer to " + question, Duration.ofMillis(150));

            Process first = probe(server);
            BlockingQueue<String> lines = readLines(first);
            Set<Integer> doneBeforeKill = new HashSet<>();
            while (doneBeforeKill.size() < KILL_AFTER) {
                String line = lines.poll(60, TimeUnit.SECONDS);
                assertNotNull(line, "the first run stalled");
                assertTrue(line.startsWith("done "), "unexpected output: " + line);
                doneBeforeKill.add(Integer.parseInt(line.split(" ")[1]));
            }
            first.destroyForcibly(); // SIGKILL: no shutdown hooks, no close()
            assertTrue(first.waitFor(30, TimeUnit.SECONDS));
            assertFalse(first.exitValue() == 0, "killed, not finished");
            int paidInFirstRun = server.requests().size();
            assertTrue(paidInFirstRun < N, "killed part-way: " + paidInFirstRun);

            Process second = probe(server);
            List<String> out = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            assertTrue(second.waitFor(60, TimeUnit.SECONDS));
            assertEquals(0, second.exitValue(), String.join("\n", out));

            List<String> askedAgain = server.requests().subList(paidInFirstRun, server.requests().size()).stream()
                    .map(EchoReplies::lastUserMessage).toList();
            for (int i : doneBeforeKill) {
                assertFalse(askedAgain.contains("item " + i), "paid twice for item " + i);
                assertEquals("done " + i + " CACHE answer to item " + i, out.get(i));
            }
            long fromCache = out.stream().filter(l -> l.contains(" CACHE ")).count();
            assertEquals(N - fromCache, askedAgain.size(), "every other item is asked exactly once: " + askedAgain);
            assertEquals(N, new HashSet<>(askedAgain).size() + fromCache);
            for (int i = 0; i < N; i++) {
                assertTrue(out.get(i).matches("done " + i + " (CACHE|MODEL) answer to item " + i), out.get(i));
            }
            assertTrue(out.get(N).startsWith("finished " + fromCache + " answers from cache"), out.get(N));
            assertTrue(server.requests().stream().map(RecordedRequest::path).allMatch("/v1/chat/completions"::equals));
        }
    }

    private Process probe(FakeOpenAiServer server) throws Exception {
        return new ProcessBuilder(ChildJvm.command(CacheCrashProbe.class, server.apiBase().toString(), dir.resolve("cache").toString(),
                String.valueOf(N)))
                .redirectErrorStream(true).start();
    }

    private static BlockingQueue<String> readLines(Process p) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the process was killed: its output ends here
            }
        }, "probe-output");
        reader.setDaemon(true);
        reader.start();
        return lines;
    }
}
