package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command and exit code, run in this JVM (LingoScriptIT runs the real bin/lingo). */
class LingoMainTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void runPassesArgumentsAndExitsZero() throws IOException {
        Path file = write("greet.lingo", "print(\"hello \" + args[0] + \" and \" + args[1])\n");
        var result = CommandResult.run("run", file.toString(), "Ada", "--not-an-option");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("hello Ada and --not-an-option\n", result.out(), result::toString);
    }

    @Test
    void aLingoFileAloneIsRun() throws IOException {
        Path file = write("short.lingo", "print(6 * 7)\n");
        var result = CommandResult.run(file.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("42\n", result.out(), result::toString);
    }

    @Test
    void aRuntimeErrorPrintsTheMessageAndTheLingoStackAndExitsOne() throws IOException {
        Path file = write("boom.lingo", "fn explode(n) {\n  throw \"boom {n}\"\n}\nexplode(7)\n");
        var result = CommandResult.run("run", file.toString());
        assertEquals(ExitCodes.RUNTIME_ERROR, result.exitCode(), result::toString);
        assertTrue(result.err().contains("boom 7"), result::toString);
        assertTrue(result.err().lines().anyMatch(l -> l.matches("  at explode \\(boom\\.lingo:2:\\d+\\)")), result::toString);
        assertTrue(!result.err().contains("\tat "), "no Java frames: " + result);
    }

    @Test
    void aSyntaxErrorExitsThreeWithItsLocation() throws IOException {
        Path file = write("bad.lingo", "let a = 1\nlet b = (a +\n");
        var result = CommandResult.run("run", file.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, result.exitCode(), result::toString);
        assertTrue(result.err().contains("bad.lingo:"), result::toString);
    }

    private Path writeBytes(String name, byte[]... parts) throws IOException {
        var bytes = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.write(part);
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** "café" saved as Latin-1. */
    private static final byte[] LATIN1_E_ACUTE = {(byte) 0xE9};

    @Test
    void aFileThatIsNotUtf8IsASyntaxErrorAtItsFirstBadByte() throws IOException {
        Path file = writeBytes("latin1.lingo", utf8("let a = 1\nlet s = \"caf"), LATIN1_E_ACUTE, utf8("\"\nprint(s)\n"));
        String expected = file + ":2:13: The file is not valid UTF-8: byte 0xE9 at offset 22\nhint: save it as UTF-8 text\n";
        var run = CommandResult.run("run", file.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, run.exitCode(), run::toString);
        assertEquals(expected, run.err(), run::toString);
        assertEquals("", run.out(), "nothing runs: " + run);
        var check = CommandResult.run("check", file.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, check.exitCode(), check::toString);
        assertEquals(expected, check.err(), check::toString);
    }

    @Test
    void anImportThatIsNotUtf8IsASyntaxErrorNamingTheModule() throws IOException {
        writeBytes("latin1.lingo", utf8("let s = \"caf"), LATIN1_E_ACUTE, utf8("\"\n"));
        Path main = write("main.lingo", "import \"./latin1.lingo\"\nprint(s)\n");
        var result = CommandResult.run("run", main.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, result.exitCode(), result::toString);
        assertTrue(result.err().startsWith("main.lingo:1:8: Module \"./latin1.lingo\" is not valid UTF-8: "
                + "byte 0xE9 at offset 12 (line 1, column 13)\n"), result::toString);
    }

    @Test
    void aByteOrderMarkIsIgnoredAndColumnsCountAfterIt() throws IOException {
        Path hello = writeBytes("hello.lingo", BYTE_ORDER_MARK, utf8("print(\"hello\")\n"));
        var run = CommandResult.run("run", hello.toString());
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("hello\n", run.out(), run::toString);
        Path typo = writeBytes("typo.lingo", BYTE_ORDER_MARK, utf8("print(zz)\n"));
        var check = CommandResult.run("check", typo.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, check.exitCode(), check::toString);
        assertTrue(check.err().startsWith("typo.lingo:1:7: Unknown name `zz`\n 1 | print(zz)\n"), check::toString);
    }

    @Test
    void checkFindsUnknownNamesWithoutRunningTheProgram() throws IOException {
        Path good = write("good.lingo", "print(\"ran\")\n");
        Path typo = write("typo.lingo", "let total = 3\nprint(totl)\n");
        var result = CommandResult.run("check", good.toString(), typo.toString());
        assertEquals(ExitCodes.SYNTAX_ERROR, result.exitCode(), result::toString);
        assertTrue(result.err().contains("typo.lingo:2:7"), result::toString);
        assertTrue(result.err().contains("totl"), result::toString);
        assertTrue(result.out().contains("good.lingo: ok"), result::toString);
        assertTrue(!result.out().contains("ran"), "check must not run anything: " + result);
    }

    @Test
    void checkOfGoodFilesExitsZero() throws IOException {
        var result = CommandResult.run("check", write("a.lingo", "fn f(x) = x + 1\nprint(f(1))\n").toString());
        assertEquals(0, result.exitCode(), result::toString);
    }

    @Test
    void modelListNamesThePullableModelsAndAnUnknownPullIsAUsageError() {
        var list = CommandResult.run("model", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().contains("qwen2.5-0.5b-instruct"), list.out());
        var pull = CommandResult.run("model", "pull", "no-such-model");
        assertEquals(2, pull.exitCode(), pull.err());
        assertTrue(pull.err().contains("unknown model \"no-such-model\""), pull.err());
    }

    @Test
    void contradictoryCacheFlagsAreAUsageError() throws IOException {
        var result = CommandResult.run("run", "--no-cache", "--refresh", write("c.lingo", "print(1)\n").toString());
        assertEquals(2, result.exitCode(), result.err());
        assertTrue(result.err().contains("--no-cache and --refresh"), result.err());
    }

    @Test
    void noPrefetchRunsALoopOneCallAtATimeWithTheSameOutput() throws IOException {
        Path file = write("loop.lingo", """
                        type Route = "bug" | "billing"
                        for t in ["it crashes", "refund me", "the button is broken"] {
                          print("{t}: {classify t as Route}")
                        }
                        """);
        var result = CommandResult.run("run", "--no-prefetch", "--progress", "off", file.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("it crashes: bug\nrefund me: billing\nthe button is broken: bug\n", result.out(), result::toString);
        assertTrue(result.err().contains("3 model calls") && !result.err().contains("started ahead"), result.err());
    }

    @Test
    void evalPrintsTheValue() {
        var number = CommandResult.run("eval", "6 * 7");
        assertEquals(0, number.exitCode(), number::toString);
        assertEquals("42\n", number.out(), number::toString);
        var text = CommandResult.run("eval", "\"ab\" + \"cd\"");
        assertEquals("abcd\n", text.out(), text::toString);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(ExitCodes.USAGE_ERROR, CommandResult.run("--no-such-flag").exitCode());
        assertEquals(ExitCodes.USAGE_ERROR, CommandResult.run("run").exitCode());
        var missing = CommandResult.run("run", dir.resolve("missing.lingo").toString());
        assertEquals(ExitCodes.USAGE_ERROR, missing.exitCode(), missing::toString);
        assertTrue(missing.err().contains("file not found"), missing::toString);
        var badOption = CommandResult.run("--engine.NoSuchOption=1", "eval", "1");
        assertEquals(ExitCodes.USAGE_ERROR, badOption.exitCode(), badOption::toString);
        assertTrue(badOption.err().contains("NoSuchOption"), badOption::toString);
    }

    @Test
    void engineOptionsReachTheEngine() throws IOException {
        Path log = dir.resolve("engine.log");
        Path file = write("hot.lingo", "fn sq(x) = x * x\nvar s = 0\nfor i in 0..<20000 { s += sq(i) }\nprint(s)\n");
        var result = CommandResult.run("--engine.TraceCompilation=true", "--engine.BackgroundCompilation=false",
                "--log.file=" + log, "run", file.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(Files.readString(log).contains("opt done"), "the JIT compiled nothing: " + Files.readString(log));
    }

    @Test
    void helpAndVersionExitZero() {
        var help = CommandResult.run("--help");
        assertEquals(0, help.exitCode());
        assertTrue(help.out().contains("check") && help.out().contains("Exit codes"), help::toString);
        var version = CommandResult.run("--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().startsWith("Lingo " + LingoVersion.launcherVersion()), version::toString);
        assertTrue(version.out().contains("JIT compilation on"), version::toString);
    }

    @Test
    void replReadsPipedInput() {
        var result = CommandResult.runWithInput("let x = 20\nfn twice(n) {\n  n * 2\n}\ntwice(x) + 2\n", "repl");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().contains("42"), result::toString);
    }
}
