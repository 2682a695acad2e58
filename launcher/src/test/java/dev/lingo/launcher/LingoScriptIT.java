package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real bin/lingo script as a child process against the packaged launcher/target/dist. */
class LingoScriptIT {
    private static final Path LINGO = Path.of(System.getProperty("lingo.home", "..")).resolve("bin/lingo").normalize();

    @TempDir
    Path dir;

    record Outcome(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Outcome lingo(String... args) throws IOException, InterruptedException {
        return lingo(Map.of(), args);
    }

    private Outcome lingo(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(LINGO.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("stdout.txt");
        Path err = dir.resolve("stderr.txt");
        var builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
        builder.environment().putAll(environment);
        var process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "bin/lingo did not finish");
        return new Outcome(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private String write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
        return name;
    }

    @Test
    void versionShowsThatTheJitIsOn() throws Exception {
        var result = lingo("--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Lingo "), result::toString);
        assertTrue(result.out().contains("JIT compilation on"), result::toString);
    }

    /**
     * The JIT mode runs on a jlinked copy of the JDK (made by `bin/lingo --prepare` at package), where
     * the compiler is on the plain module path, so the JDK's AOT cache serves the launcher, Truffle and
     * the Graal compiler. Through --upgrade-module-path nothing would come from it.
     */
    @Test
    void theJitModeStartsFromTheAotCache() throws Exception {
        var result = lingo(Map.of("LINGO_JAVA_OPTS", "-Xlog:class+load=info"), "eval", "20 + 22");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("\n42\n"), result::toString);
        for (String cls : List.of("dev.lingo.launcher.LingoMain", "com.oracle.truffle.polyglot.PolyglotEngineImpl",
                "jdk.graal.compiler.hotspot.HotSpotGraalRuntime")) {
            assertTrue(result.out().contains(" " + cls + " source: shared objects file\n"), cls + " not from the AOT cache:\n"
                    + result.out().lines().filter(line -> line.contains(" " + cls + " ")).toList());
        }
        assertEquals("", result.err(), result::toString);
    }

    @Test
    void runPrintsAndPassesArguments() throws Exception {
        var result = lingo("run", write("hello.lingo", "print(\"hello \" + args[0])\n"), "world");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("hello world\n", result.out(), result::toString);
        assertEquals("", result.err(), result::toString);
    }

    @Test
    void aSyntaxErrorIsLocatedAndExitsThree() throws Exception {
        String file = write("broken.lingo", "let ok = 1\nlet x = ok +* 2\n");
        for (String command : List.of("run", "check")) {
            var result = lingo(command, file);
            assertEquals(3, result.exitCode(), result::toString);
            assertTrue(result.err().matches("(?s).*broken\\.lingo:2:\\d+.*"), result::toString);
        }
    }

    @Test
    void recursionTenThousandCallsDeepRunsAndRunawayRecursionIsCaught() throws Exception {
        var result = lingo("run", write("deep.lingo", """
                        fn sum(n) = if n == 0 { 0 } else { n + sum(n - 1) }
                        fn runaway(n) = 1 + runaway(n + 1)
                        print(sum(10000), try { runaway(0) } catch e { e.kind })
                        """));
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("50005000 StackOverflowError\n", result.out(), result::toString);
    }

    /** A small heap, so that the program fills it in a second: by one huge list, then by many small records. */
    @Test
    void aFullHeapIsACatchableMemoryErrorAndTheReportSaysHowToGiveMore() throws Exception {
        // Without the JIT: a compiler that starts while the heap is full breaks every later call
        // (next test), and the program's MemoryError with its Lingo frames is lost.
        var result = lingo(Map.of("LINGO_JAVA_OPTS", "-Xmx64m", "LINGO_FAST_START", "1"), "run", write("grow.lingo", GROW));
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals("MemoryError\n", result.out(), result::toString);
        assertTrue(result.err().contains("MemoryError: Out of memory: the values the program holds do not fit in the memory"
                + " the run may use\n  at grow (grow.lingo:5:"), result::toString);
        assertTrue(result.err().contains("  at <main> (grow.lingo:6:1)\nhint: this run may use "), result::toString);
        assertTrue(result.err().contains("LINGO_JAVA_OPTS=-Xmx"), result::toString);
        assertFalse(result.err().contains("Java heap space"), result::toString);
    }

    @Test
    void aFullHeapWithTheJitOnIsAMemoryErrorEvenWhenTheCompilerCouldNotStart() throws Exception {
        // Whether the try above still prints depends on when the compiler started; the report does not.
        var result = lingo(Map.of("LINGO_JAVA_OPTS", "-Xmx64m"), "run", write("grow.lingo", GROW));
        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(1, result.err().lines().filter(l -> l.startsWith("MemoryError: Out of memory")).count(), result::toString);
        assertTrue(result.err().contains("\nhint: this run may use "), result::toString);
        assertFalse(result.err().contains("internal error"), result::toString);
    }

    private static final String GROW = """
                        var list = [1]
                        print(try { while true { list = list + list } } catch e { e.kind })
                        list = [1]
                        var chain = null
                        fn grow() { while true { chain = {next: chain} } }
                        grow()
                        """;

    @Test
    void exitEndsTheRunWithItsCode() throws Exception {
        String file = write("exits.lingo", "print(\"before\")\nif args.size > 0 { exit(args[0].toInt()) }\nprint(\"after\")\nexit()\nprint(\"never\")\n");
        var early = lingo("run", file, "3");
        assertEquals(3, early.exitCode(), early::toString);
        assertEquals("before\n", early.out(), early::toString);
        assertEquals("", early.err(), early::toString);
        var late = lingo("run", file);
        assertEquals(0, late.exitCode(), late::toString);
        assertEquals("before\nafter\n", late.out(), late::toString);
    }

    @Test
    void aRuntimeErrorShowsTheLingoStackAndExitsOne() throws Exception {
        var result = lingo("run", write("boom.lingo", "fn explode(n) {\n  throw \"boom {n}\"\n}\nexplode(7)\n"));
        assertEquals(1, result.exitCode(), result::toString);
        assertTrue(result.err().contains("boom 7"), result::toString);
        assertTrue(result.err().lines().anyMatch(l -> l.matches("  at explode \\(boom\\.lingo:2:\\d+\\)")), result::toString);
    }

    @Test
    void checkAndEvalSucceed() throws Exception {
        var check = lingo("check", write("fine.lingo", "fn f(x) = x + 1\nprint(f(1))\n"));
        assertEquals(0, check.exitCode(), check::toString);
        assertEquals("fine.lingo: ok\n", check.out(), check::toString);
        var eval = lingo("eval", "[1, 2, 3].map(x -> x * 2).sum()");
        assertEquals(0, eval.exitCode(), eval::toString);
        assertEquals("12\n", eval.out(), eval::toString);
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        var missing = lingo("run", "nowhere.lingo");
        assertEquals(2, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("nowhere.lingo"), missing::toString);
        assertEquals(2, lingo("--bogus").exitCode());
    }

    @Test
    void fastStartRunsWithoutTheJitAndWithoutWarnings() throws Exception {
        lingo("--fast-start", "eval", "0"); // the first fast start may build the AOT cache
        var result = lingo("--fast-start", "eval", "20 + 22");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("42\n", result.out(), result::toString);
        assertEquals("", result.err(), result::toString);
        var version = lingo("--fast-start", "--version");
        assertTrue(version.out().contains("interpreter only"), version::toString);
        assertFalse(version.err().contains("WARNING"), version::toString);
    }
}
