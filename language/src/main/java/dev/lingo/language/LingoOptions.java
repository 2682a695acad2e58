package dev.lingo.language;

import com.oracle.truffle.api.Option;

import org.graalvm.options.OptionCategory;
import org.graalvm.options.OptionKey;
import org.graalvm.options.OptionStability;

/** Lingo's options, set as {@code --lingo.Trace=run.jsonl} on the CLI or with {@code Context.Builder.option}. */
@Option.Group(LingoLanguage.ID)
public final class LingoOptions {

    private LingoOptions() {
    }

    @Option(help = "Append every model call of the run to this file as JSON Lines (secrets redacted).",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<String> Trace = new OptionKey<>("");

    @Option(help = "Print a one-line summary of model calls, tokens, cost and time on stderr when the run ends.",
                    category = OptionCategory.USER, stability = OptionStability.STABLE)
    public static final OptionKey<Boolean> Summary = new OptionKey<>(false);
}
