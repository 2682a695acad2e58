package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.testing.RecordedRequest;
import dev.lingo.vm.testing.ScriptedReply;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/lingo against a fake OpenAI server, as a real child process: a run killed with kill -9 and
 * started again pays for no answer it already had; a recorded run replays with the server gone.
 */
class ModelRunIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").normalize();
    private static final int ITEMS = 24;

    @TempDir
    Path dir;

    /** One item per call, printed as soon as it is read: a printed line means its answer was stored. */
    private Path script() throws IOException {
        return Files.writeString(dir.resolve("items.lingo"), """
                type Item = { name: String }
                for i in 1..%d {
                  let item = extract Item from "item-{i}"
                  print(item.name)
                }
                """.formatted(ITEMS));
    }

    private static Function<RecordedRequest, String> echo() {
        return request -> {
            String text = request.json().at("/messages/1/content").asText();
            int at = text.indexOf("item-");
            String item = text.substring(at).split("\\s")[0];
            return """
                    {"id": "c", "object": "chat.completion", "model": "m", "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "{\\"name\\": \\"%s\\"}"}}],
                     "usage": {"prompt_tokens": 20, "completion_tokens": 6}}""".formatted(item);
        };
    }

    private Process start(FakeOpenAiServer server, Path out, String... flags) throws IOException {
        return start(server, out, Map.of(), flags);
    }

    private Process start(FakeOpenAiServer server, Path out, Map<String, String> extraEnv, String... flags) throws IOException {
        List<String> command = new ArrayList<>(List.of(LINGO.toString(), "run", "--progress", "off"));
        command.addAll(List.of(flags));
        command.add(script().toString());
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err-" + out.getFileName()).toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("OPENAI_BASE_URL", server.apiBase().toString());
        env.put("OPENAI_API_KEY", "sk-test-not-secret");
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.putAll(extraEnv);
        return builder.start();
    }

    /**
     * SQLite's native library is loaded from beside the start-up caches (`bin/lingo --prepare`), not
     * unpacked into the temp folder on every start: a run whose temp folder is unusable still caches.
     * (Unpacking there, the cache failed to open and the run ended with exit 70.)
     */
    @Test
    void theAnswerCacheNeedsNoTempFolder() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("not-a-folder"), "");
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            enqueueEchoes(server, Duration.ZERO);
            Path out = dir.resolve("no-tmp.txt");
            Process run = start(server, out, Map.of("LINGO_JAVA_OPTS", "-Djava.io.tmpdir=" + notAFolder));
            assertTrue(run.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, run.exitValue(), Files.readString(dir.resolve("err-no-tmp.txt")));
            assertEquals(ITEMS, Files.readAllLines(out).size());
            assertTrue(Files.size(dir.resolve("cache/answers.db")) > 0);
        }
    }

    private static void enqueueEchoes(FakeOpenAiServer server, Duration delay) {
        for (int i = 0; i < ITEMS * 2; i++) {
            server.enqueue(ScriptedReply.of(200, echo()).after(delay));
        }
    }

    @Test
    void aRunKilledWithKill9PaysNothingTwice() throws Exception {
        Path firstOut = dir.resolve("first.txt");
        // One server for both runs: the cache knows answers by endpoint, and its port must not change.
        // One request at a time, so the loop (which runs its next iterations' calls ahead while it
        // waits) is still mid-way when it is killed; no packing, as the echo answers one item a request.
        Files.writeString(dir.resolve("lingo.json"), "{\"limits\": {\"openai\": {\"maxConcurrent\": 1}}, \"packing\": {\"enabled\": false}}");
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            enqueueEchoes(server, Duration.ofMillis(150));
            Process first = start(server, firstOut);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (Files.readAllLines(firstOut).size() < 6 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(20);
            }
            first.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            int printedBeforeKill = Files.readAllLines(firstOut).size();
            assertTrue(printedBeforeKill >= 6 && printedBeforeKill < ITEMS, "printed " + printedBeforeKill + " lines before the kill");
            Thread.sleep(300); // a request the killed run had in flight may still arrive
            int firstRunCalls = server.requests().size();

            Path secondOut = dir.resolve("second.txt");
            Process second = start(server, secondOut);
            assertTrue(second.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, second.exitValue(), Files.readString(dir.resolve("err-second.txt")));
            List<String> lines = Files.readAllLines(secondOut);
            assertEquals(ITEMS, lines.size());
            assertEquals("item-1", lines.get(0));
            List<RecordedRequest> secondRun = server.requests().subList(firstRunCalls, server.requests().size());
            assertTrue(secondRun.size() <= ITEMS - printedBeforeKill,
                    secondRun.size() + " calls after " + printedBeforeKill + " answers were already paid for: "
                    + secondRun.stream().map(r -> r.json().at("/messages/1/content").asText()).toList());
            for (int i = 1; i <= printedBeforeKill; i++) {
                String item = "item-" + i + "\"";
                assertTrue(secondRun.stream().noneMatch(r -> r.body().contains(item)), item + " was asked again");
            }

            // a third run is answered from the cache alone, and its trace says so line by line
            int beforeThird = server.requests().size();
            Path trace = dir.resolve("trace.jsonl");
            Process third = start(server, dir.resolve("third.txt"), "--trace", trace.toString());
            assertTrue(third.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, third.exitValue(), Files.readString(dir.resolve("err-third.txt")));
            assertEquals(lines, Files.readAllLines(dir.resolve("third.txt")));
            assertEquals(beforeThird, server.requests().size(), "the third run called no model");
            List<String> traced = Files.readAllLines(trace);
            assertEquals(ITEMS, traced.size());
            assertTrue(traced.stream().allMatch(l -> l.contains("\"source\":\"cache\"")), traced.getFirst());
            assertTrue(Files.readString(dir.resolve("err-third.txt")).contains(ITEMS + " answers from cache"),
                    Files.readString(dir.resolve("err-third.txt")));
        }
        Process info = lingo(dir.resolve("info.txt"), "cache", "info");
        assertTrue(info.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, info.exitValue(), Files.readString(dir.resolve("err-info.txt")));
        String shown = Files.readString(dir.resolve("info.txt"));
        assertTrue(shown.matches("(?s).*\\nanswers +" + ITEMS + "\\n.*"), shown);
        assertTrue(shown.matches("(?s).*\\nopenai/gpt-4o-mini +" + ITEMS + " answers +.*"), shown);
    }

    /** {@code bin/lingo ARGS} in the test folder with the run's cache folder, output to {@code out}. */
    private Process lingo(Path out, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LINGO.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(dir.resolve("err-" + out.getFileName()).toFile());
        builder.environment().put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        return builder.start();
    }

    @Test
    void aRecordedRunReplaysWithoutAnyServer() throws Exception {
        Path recording = dir.resolve("run.jsonl");
        Path firstOut = dir.resolve("recorded.txt");
        URIHolder gone = new URIHolder();
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            enqueueEchoes(server, Duration.ZERO);
            gone.server = server;
            Process first = start(server, firstOut, "--no-cache", "--record", recording.toString());
            assertTrue(first.waitFor(2, TimeUnit.MINUTES));
            assertEquals(0, first.exitValue(), Files.readString(dir.resolve("err-recorded.txt")));
        }
        Path replayOut = dir.resolve("replayed.txt");
        Process replay = start(gone.server, replayOut, "--replay", recording.toString());
        assertTrue(replay.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, replay.exitValue(), Files.readString(dir.resolve("err-replayed.txt")));
        assertEquals(Files.readString(firstOut, StandardCharsets.UTF_8), Files.readString(replayOut, StandardCharsets.UTF_8));
        assertEquals(ITEMS, Files.readAllLines(replayOut).size());
    }

    /** Keeps the (closed) server's address for the replay run, which must not need it. */
    private static final class URIHolder {
        FakeOpenAiServer server;
    }
}
