package dev.lingo.language.sem;

import dev.lingo.vm.testing.FakeOpenAiServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.graalvm.polyglot.Value;

/**
 * Runs a program against a fake server that answers one wave of calls at a time: the calls that
 * arrive while all earlier ones are answered, until none has come for a while. So the number of
 * waves is the depth of calls that wait for each other's answers, whatever the machine's speed.
 */
final class Waves {

    private static final Duration QUIET = Duration.ofMillis(1000);

    record Run<T>(T value, int waves) {
    }

    private Waves() {
    }

    /** The program's value (converted on its own thread) and its waves; up to 1,024 calls in flight. */
    static <T> Run<T> run(String program, Path project, FakeOpenAiServer server, Function<Value, T> convert) throws Exception {
        server.hold();
        CompletableFuture<T> result = CompletableFuture.supplyAsync(() -> {
            try {
                return convert.apply(SemOperatorsScaleTest.run(program, project, server, 1024));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        int waves = 0;
        int released = 0;
        while (!result.isDone()) {
            int seen = server.arrivals().size();
            Thread.sleep(QUIET.toMillis());
            if (server.arrivals().size() == seen && seen > released) {
                waves++;
                released = seen;
                server.releaseHeld();
            }
        }
        server.release();
        return new Run<>(result.get(), waves);
    }
}
