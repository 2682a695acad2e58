package dev.lingo.language;

import com.oracle.truffle.api.Option;

import org.graalvm.polyglot.SandboxPolicy;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/**
 * Lingo's options, set as {@code --lingo.Trace=run.jsonl} on the CLI or with {@code Context.Builder.option}.
 * Those that name files (Trace, Record, Replay) are refused under {@code SandboxPolicy.CONSTRAINED}.
 */
@Option.Group(LingoLanguage.ID)
public final class LingoOptions {

    private LingoOptions() {
    }

    @Option(help = "Append every model call of the run to this file as JSON Lines (secrets redacted).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Trace = new OptionKey<>("");

    @Option(help = "Print a one-line summary of model calls, tokens, cost and time on stderr when the run ends.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<Boolean> Summary = new OptionKey<>(false);

    @Option(help = "The answer cache: on (default), off (neither read nor written), refresh (written, not read).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> Cache = new OptionKey<>("on");

    @Option(help = "Write every model call of the run to this file, to replay it later.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Record = new OptionKey<>("");

    @Option(help = "Answer every model call from this recording; no model is called.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Replay = new OptionKey<>("");

    @Option(help = "Stop before the run's model calls cost more than this many dollars.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> MaxCost = new OptionKey<>("");

    @Option(help = "Stop before the run makes more than this many model calls (retries and re-asks count).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> MaxCalls = new OptionKey<>("");

    @Option(help = "Stop before the run's model calls use more than this many tokens.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> MaxTokens = new OptionKey<>("");

    @Option(help = "Call no model: answer from the offline stand-in and report what the run would cost.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<Boolean> DryRun = new OptionKey<>(false);

    @Option(help = "Show progress of model calls on stderr: off, bar (redrawn in place) or lines.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> Progress = new OptionKey<>("off");

    @Option(help = "Send OpenAI calls as Batch API jobs (cheaper, slower; resumes after a crash).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<Boolean> Batch = new OptionKey<>(false);

    @Option(help = "The answer cache's folder, chosen by the host: used even when the context may not use files (the program reaches only its own answers there).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> CacheDir = new OptionKey<>("");

    @Option(help = "Model endpoints (base URLs, comma-separated) a context may reach even when it may not open network connections.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<String> Endpoints = new OptionKey<>("");

    @Option(help = "Start the model calls of coming loop iterations and list elements while the program waits (false: one element at a time).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE, sandbox = SandboxPolicy.CONSTRAINED)
    public static final OptionKey<Boolean> Prefetch = new OptionKey<>(true);
}
