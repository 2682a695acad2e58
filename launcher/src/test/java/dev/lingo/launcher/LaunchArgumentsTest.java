package dev.lingo.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchArgumentsTest {

    @Test
    void polyglotOptionsAreTakenOutOfTheCommandLine() {
        var parsed = LaunchArguments.parse("--engine.TraceCompilation=true", "--log.file=/tmp/x.log", "eval", "1");
        assertEquals(Map.of("engine.TraceCompilation", "true", "log.file", "/tmp/x.log"), parsed.polyglotOptions());
        assertEquals(List.of("eval", "1"), parsed.commandLine());
    }

    @Test
    void aBareOptionMeansTrueAndValuesMayContainEqualsSigns() {
        var parsed = LaunchArguments.parse("--compiler.TraceInlining", "--lingo.Model=a=b", "repl");
        assertEquals(Map.of("compiler.TraceInlining", "true", "lingo.Model", "a=b"), parsed.polyglotOptions());
        assertEquals(List.of("repl"), parsed.commandLine());
    }

    @Test
    void argumentsAfterTheScriptBelongToTheScript() {
        var parsed = LaunchArguments.parse("run", "--engine.A=1", "app.lingo", "--engine.B=2", "--stacktrace", "x");
        assertEquals(Map.of("engine.A", "1"), parsed.polyglotOptions());
        assertEquals(List.of("run", "app.lingo", "--engine.B=2", "--stacktrace", "x"), parsed.commandLine());
    }

    @Test
    void aLingoFileAloneMeansRunIt() {
        var parsed = LaunchArguments.parse("--stacktrace", "app.lingo", "--log.file=f");
        assertEquals(Map.of(), parsed.polyglotOptions());
        assertEquals(List.of("--stacktrace", "run", "app.lingo", "--log.file=f"), parsed.commandLine());
    }

    @Test
    void aDoubleDashEndsOptionExtraction() {
        var parsed = LaunchArguments.parse("eval", "--", "--engine.X=1");
        assertEquals(Map.of(), parsed.polyglotOptions());
        assertEquals(List.of("eval", "--", "--engine.X=1"), parsed.commandLine());
    }

    @Test
    void otherDottedFlagsAreLeftForPicocliToReject() {
        var parsed = LaunchArguments.parse("--vm.Xmx1g", "eval", "1");
        assertEquals(Map.of(), parsed.polyglotOptions());
        assertEquals(List.of("--vm.Xmx1g", "eval", "1"), parsed.commandLine());
    }
}
