package dev.lingo.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lingo.vm.cache.AnswerCache;
import dev.lingo.vm.cache.CacheException;
import dev.lingo.vm.cache.CacheLocation;
import dev.lingo.vm.cache.CacheSettings;
import dev.lingo.vm.machine.ModelDefaults;
import dev.lingo.vm.trace.PriceTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code lingo cache [info|clear|prune|verify]}: where the answer cache is, what it holds, emptying it,
 * and checking that it is sound.
 * Each command opens the file only for as long as it runs, and never creates one.
 */
@Command(name = "cache", description = "Show the answer cache of model calls (same as `cache info`), or clear, prune or verify it.",
        subcommands = {CacheCommand.Info.class, CacheCommand.Clear.class, CacheCommand.Prune.class, CacheCommand.Verify.class})
final class CacheCommand implements Callable<Integer> {

    @ParentCommand
    LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, scope = ScopeType.INHERIT, description = "Show this help message and exit.")
    private boolean help;

    @Option(names = "--dir", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Use the cache a run in DIR would use, instead of the working directory's.")
    Path dir;

    private final Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        return showInfo();
    }

    private Path folder() {
        if (dir == null) {
            return Path.of("").toAbsolutePath();
        }
        if (!Files.isDirectory(dir)) {
            throw new UsageError("--dir " + dir + " is not a folder");
        }
        return dir.toAbsolutePath();
    }

    private CacheSettings settings() {
        return CacheSettings.in(CacheLocation.resolve(env, folder()));
    }

    int showInfo() {
        CacheSettings settings = settings();
        var report = new CacheInfoReport(lingo.io().out(), prices());
        report.location(settings.file(), CacheLocation.reason(env, folder()));
        if (!Files.exists(settings.file())) {
            report.absent();
            return ExitCodes.OK;
        }
        return withCache(settings, cache -> {
            report.contents(cache.info());
            return ExitCodes.OK;
        });
    }

    /** The built-in price table with the project's {@code prices}, as a run would price its calls. */
    private PriceTable prices() {
        try {
            JsonNode own = ModelDefaults.ProjectConfig.find(folder()).prices();
            return own == null ? PriceTable.builtIn() : PriceTable.builtIn().with(PriceTable.fromJson(own));
        } catch (IllegalArgumentException unreadable) {
            return PriceTable.builtIn(); // a broken lingo.json is the run's to report; info still shows the cache
        }
    }

    /** Runs {@code action} on the existing cache file (a missing one is left missing), then closes it. */
    private int withCache(CacheSettings settings, ToIntFunction<AnswerCache> action) {
        try (AnswerCache cache = AnswerCache.open(settings, PriceTable.empty())) {
            return action.applyAsInt(cache);
        } catch (CacheException e) {
            lingo.io().err().println("lingo: " + e.getMessage());
            return ExitCodes.RUNTIME_ERROR;
        }
    }

    /** Removes answers from an existing cache; reports a missing one and leaves it missing. */
    private int remove(ToIntFunction<AnswerCache> action) {
        CacheSettings settings = settings();
        if (!Files.exists(settings.file())) {
            lingo.io().out().println("no answer cache at " + settings.file() + ": nothing to remove");
            return ExitCodes.OK;
        }
        return withCache(settings, action);
    }

    @Command(name = "info", description = "Where the cache is, how big, how old, and answers, tokens and cost per provider and model.")
    static final class Info implements Callable<Integer> {
        @ParentCommand
        CacheCommand cache;

        @Override
        public Integer call() {
            return cache.showInfo();
        }
    }

    @Command(name = "clear", description = "Delete every cached answer (asks nothing).")
    static final class Clear implements Callable<Integer> {
        @ParentCommand
        CacheCommand cache;

        @Override
        public Integer call() {
            return cache.remove(opened -> {
                long removed = opened.clear();
                cache.lingo.io().out().println("removed " + CacheInfoReport.answers(removed) + " from " + opened.settings().file());
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "prune", description = "Delete the cached answers older than an age.")
    static final class Prune implements Callable<Integer> {
        @ParentCommand
        CacheCommand cache;

        @Option(names = "--older-than", paramLabel = "AGE", required = true, converter = AgeConverter.class,
                description = "e.g. 30d, 12h, 90m, 45s or ISO-8601 (P30D, PT12H).")
        Duration age;

        @Override
        public Integer call() {
            return cache.remove(opened -> {
                long removed = opened.removeOlderThan(Instant.now().minus(age));
                cache.lingo.io().out().println("removed " + CacheInfoReport.answers(removed) + " older than " + shortAge(age)
                        + " from " + opened.settings().file() + " (" + CacheInfoReport.answers(opened.size()) + " left)");
                return ExitCodes.OK;
            });
        }
    }

    @Command(name = "verify", description = "Check the cache file: SQLite's integrity check and every answer's checksum. Exit 1 if anything is wrong.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        CacheCommand cache;

        @Override
        public Integer call() {
            CacheSettings settings = cache.settings();
            if (!Files.exists(settings.file())) {
                cache.lingo.io().out().println("no answer cache at " + settings.file() + ": nothing to verify");
                return ExitCodes.OK;
            }
            return cache.withCache(settings, opened -> CacheCheckReport.print(opened.verify(), cache.lingo.io().out()));
        }
    }

    /** {@code 30d}, {@code 12h}, {@code 90m} or {@code 45s}: the largest unit that divides the age. */
    static String shortAge(Duration age) {
        long seconds = age.toSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        return seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s";
    }

    /** A positive age in Lingo's duration syntax; anything else is a usage error naming the option. */
    static final class AgeConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String text) {
            Duration age;
            try {
                age = CacheSettings.parseDuration(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            if (age.isNegative() || age.isZero()) {
                throw new TypeConversionException("an age must be more than 0, not \"" + text + "\"");
            }
            return age;
        }
    }
}
