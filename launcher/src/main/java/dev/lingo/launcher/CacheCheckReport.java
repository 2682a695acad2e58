package dev.lingo.launcher;

import dev.lingo.vm.cache.CacheCheck;
import java.io.PrintStream;

/** What {@code lingo cache verify} prints: one line when the cache is sound, else one line per problem and what to do. */
final class CacheCheckReport {

    private static final int SHOWN = 10;

    private CacheCheckReport() {
    }

    /** Prints the check; returns the exit code: 0 when it passed. */
    static int print(CacheCheck check, PrintStream out) {
        String answers = CacheInfoReport.answers(check.answers());
        if (check.passed()) {
            out.println("verified " + check.file() + ": SQLite integrity ok, " + answers
                    + (check.unchecked() > 0 ? " (" + check.unchecked() + " from an older Lingo carry no checksum)" : ", every checksum matches"));
            return ExitCodes.OK;
        }
        out.println("the answer cache " + check.file() + " has problems:");
        if (!check.integrityOk()) {
            check.integrity().stream().limit(SHOWN).forEach(line -> out.println("  SQLite integrity check: " + line));
        }
        if (check.unreadable() != null) {
            out.println("  reading the answers stopped after " + answers + ": " + check.unreadable());
        }
        check.mismatched().stream().limit(SHOWN).forEach(hash -> out.println("  answer " + hash + " does not match its checksum"));
        if (check.mismatched().size() > SHOWN) {
            out.println("  ... and " + (check.mismatched().size() - SHOWN) + " more answers that do not match their checksums");
        }
        out.println("A run never uses an answer whose checksum does not match; `lingo cache clear` empties the cache"
                + " (it holds answers only) and the next run asks again.");
        return ExitCodes.RUNTIME_ERROR;
    }
}
