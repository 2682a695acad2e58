package dev.lingo.vm.schedule;

import dev.lingo.vm.call.TypedAnswer;
import dev.lingo.vm.machine.CallOptions;
import dev.lingo.vm.machine.ModelMachine;
import dev.lingo.vm.machine.ModelSpec;
import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.testing.FakeAnthropicServer;
import dev.lingo.vm.testing.FakeModelServer;
import dev.lingo.vm.testing.FakeOpenAiServer;
import dev.lingo.vm.types.LingoType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

/**
 * A real {@link ModelMachine} in a temporary project whose {@code lingo.json} says how to schedule,
 * for tests that drive the scheduler the way a program run does.
 */
final class MachineRig implements AutoCloseable {

    /** Retries without slowing tests down: backoff of at most a few milliseconds. */
    static final String FAST_RETRY = "\"retry\": {\"baseDelayMs\": 1, \"maxDelayMs\": 4}";

    final ModelMachine machine;
    final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    MachineRig(Path dir, String lingoJson) {
        try {
            Files.writeString(dir.resolve("lingo.json"), lingoJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        machine = new ModelMachine(Map.of(), dir, notices::add);
    }

    static ModelSpec openAi(FakeOpenAiServer... servers) {
        List<String> urls = new ArrayList<>();
        for (FakeOpenAiServer s : servers) {
            urls.add(s.apiBase().toString());
        }
        return new ModelSpec("openai", "gpt-4o-mini", Map.of("baseUrl", String.join(",", urls)));
    }

    static ModelSpec anthropic(FakeAnthropicServer server) {
        return new ModelSpec("anthropic", "claude-sonnet-4", Map.of("baseUrl", server.baseUrl().toString()));
    }

    /** A distinct question per {@code i}, answered with an Int. */
    static Opcode question(int i) {
        return Opcode.gen("Question number " + i, LingoType.INT);
    }

    TypedAnswer ask(ModelSpec spec, int i) {
        return machine.run(List.of(spec), question(i), CallOptions.NONE);
    }

    List<CompletableFuture<TypedAnswer>> submitAll(ModelSpec spec, int count) {
        return IntStream.range(0, count).<CompletableFuture<TypedAnswer>>mapToObj(i -> machine.submit(List.of(spec), question(i), CallOptions.NONE)).toList();
    }

    /** Successful replies a server sent: everything it received minus what it turned away. */
    static int answered(FakeModelServer server) {
        return server.requests().size() - server.rejected();
    }

    @Override
    public void close() {
        machine.close();
    }
}
