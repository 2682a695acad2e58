package dev.lingo.launcher;

import dev.lingo.vm.provider.local.CatalogueEntry;
import dev.lingo.vm.provider.local.ModelCatalogue;
import dev.lingo.vm.provider.local.ModelPull;
import dev.lingo.vm.provider.local.ModelPullException;
import dev.lingo.vm.provider.local.PullResult;

import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code lingo model list} and {@code lingo model pull NAME}: small instruct models to run locally. */
@Command(name = "model", description = "List or download local GGUF models (run them with LINGO_MODEL=gguf:NAME).",
        subcommands = {ModelCommand.ListModels.class, ModelCommand.Pull.class})
final class ModelCommand implements Callable<Integer> {

    @ParentCommand
    LingoCommand lingo;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    private boolean help;

    @Override
    public Integer call() {
        lingo.io().err().println("lingo model: say `list` or `pull NAME`");
        return ExitCodes.USAGE_ERROR;
    }

    @Command(name = "list", description = "List the models `lingo model pull` knows.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelCommand model;

        @Override
        public Integer call() {
            PrintStream out = model.lingo.io().out();
            ModelPull pull = ModelPull.fromEnvironment(System.getenv());
            for (CatalogueEntry e : ModelCatalogue.builtIn().entries()) {
                boolean present = java.nio.file.Files.exists(pull.pathOf(e));
                out.printf("%-24s %s%s%n", e.name(), e.description(), present ? "  [downloaded]" : "");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "pull", description = "Download a model into the user cache (resumes; checks the checksum).")
    static final class Pull implements Callable<Integer> {
        @ParentCommand
        ModelCommand model;

        @Parameters(index = "0", paramLabel = "NAME", description = "A name from `lingo model list`.")
        String name;

        @Override
        public Integer call() {
            PrintStream err = model.lingo.io().err();
            Optional<CatalogueEntry> entry = ModelCatalogue.builtIn().find(name);
            if (entry.isEmpty()) {
                err.println("lingo: unknown model \"" + name + "\"; `lingo model list` shows the names");
                return ExitCodes.USAGE_ERROR;
            }
            ProgressBar bar = new ProgressBar(err, System.console() != null);
            try {
                PullResult result = ModelPull.fromEnvironment(System.getenv()).pull(entry.get(), bar::update);
                bar.finish();
                model.lingo.io().out().println(result.file());
                if (!result.verified()) {
                    err.println("lingo: no checksum is pinned for " + name + "; its SHA-256 is " + result.sha256());
                }
                return ExitCodes.OK;
            } catch (ModelPullException e) {
                bar.finish();
                err.println("lingo: " + e.getMessage());
                return ExitCodes.RUNTIME_ERROR;
            }
        }
    }

    /** One line redrawn in place on a terminal; a line per 10% otherwise. */
    static final class ProgressBar {
        private final PrintStream err;
        private final boolean terminal;
        private long lastPercent = -1;

        ProgressBar(PrintStream err, boolean terminal) {
            this.err = err;
            this.terminal = terminal;
        }

        void update(long done, long total) {
            long percent = total > 0 ? done * 100 / total : -1;
            if (percent == lastPercent || (!terminal && percent % 10 != 0)) {
                return;
            }
            lastPercent = percent;
            String size = String.format("%.1f MB", done / 1e6) + (total > 0 ? String.format(" of %.1f MB", total / 1e6) : "");
            if (terminal) {
                int filled = (int) Math.max(0, percent) * 30 / 100;
                err.print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + (percent >= 0 ? percent + "% " : "") + size);
            } else {
                err.println("downloaded " + size);
            }
        }

        void finish() {
            if (terminal && lastPercent >= 0) {
                err.println();
            }
        }
    }
}
