package dev.lingo.vm.provider.offline;

import java.util.Locale;
import java.util.Set;

/**
 * A Bool field: a "Label: yes/no" line for it when there is one, else its description (or its
 * name as words: {@code wantsRefund} → "wants refund") checked as a claim by {@link ClaimChecker}.
 */
final class BoolPicker {

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "done", "ok", "x", "✓", "✔");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "none", "-", "n/a", "not yet", "pending");

    private BoolPicker() {
    }

    static boolean pick(FieldCue cue, String text) {
        Span labeled = LabeledValues.valueFor(cue, text);
        if (labeled != null) {
            String v = labeled.text().toLowerCase(Locale.ROOT).replaceAll("[.!]+$", "").strip();
            if (YES.contains(v)) {
                return true;
            }
            if (NO.contains(v)) {
                return false;
            }
        }
        return ClaimChecker.check(cue.isEmpty() ? "yes" : cue.claim(), text);
    }
}
