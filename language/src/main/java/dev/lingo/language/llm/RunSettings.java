package dev.lingo.language.llm;

import com.oracle.truffle.api.TruffleLanguage;
import java.util.Arrays;
import java.util.List;

import dev.lingo.language.LingoOptions;
import dev.lingo.vm.cache.CacheMode;
import dev.lingo.vm.machine.MachineAccess;
import dev.lingo.vm.machine.MachineOptions;
import dev.lingo.vm.schedule.RunBudget;

import org.graalvm.options.OptionValues;

import java.nio.file.Path;

/** The run's model settings from the context options ({@code --lingo.Cache=off}, {@code --lingo.MaxCost=2}…). */
final class RunSettings {

    private RunSettings() {
    }

    /** What the embedder granted this context: the model machine reaches no further (spec 15.11). */
    static MachineAccess access(TruffleLanguage.Env env) {
        List<String> endpoints = Arrays.stream(env.getOptions().get(LingoOptions.Endpoints).split(","))
                .map(String::strip).filter(e -> !e.isEmpty()).toList();
        String cacheDir = env.getOptions().get(LingoOptions.CacheDir);
        return new MachineAccess(env.isFileIOAllowed(), env.isSocketIOAllowed(), endpoints, env.isNativeAccessAllowed(),
                        cacheDir.isBlank() ? null : Path.of(cacheDir).toAbsolutePath());
    }

    static MachineOptions machineOptions(OptionValues options, MachineAccess access) {
        CacheMode mode = switch (options.get(LingoOptions.Cache)) {
            case "on", "" -> CacheMode.NORMAL;
            case "off" -> CacheMode.NO_CACHE;
            case "refresh" -> CacheMode.REFRESH;
            default -> throw new IllegalArgumentException("lingo.Cache is on, off or refresh, not \"" + options.get(LingoOptions.Cache) + "\"");
        };
        return new MachineOptions(mode, path(options.get(LingoOptions.Record)), path(options.get(LingoOptions.Replay)),
                        options.get(LingoOptions.DryRun), access);
    }

    /** Null when no limit is set. */
    static RunBudget budget(OptionValues options) {
        Double cost = number(options.get(LingoOptions.MaxCost), "lingo.MaxCost");
        Double calls = number(options.get(LingoOptions.MaxCalls), "lingo.MaxCalls");
        Double tokens = number(options.get(LingoOptions.MaxTokens), "lingo.MaxTokens");
        if (cost == null && calls == null && tokens == null) {
            return null;
        }
        return new RunBudget(cost, calls == null ? null : calls.longValue(), tokens == null ? null : tokens.longValue());
    }

    private static Path path(String text) {
        return text.isEmpty() ? null : Path.of(text).toAbsolutePath();
    }

    private static Double number(String text, String name) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(text);
            if (d < 0) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of 0 or more, not \"" + text + "\"");
        }
    }
}
