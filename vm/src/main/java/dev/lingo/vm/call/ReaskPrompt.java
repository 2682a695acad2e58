package dev.lingo.vm.call;

import dev.lingo.vm.answer.ValidationError;
import dev.lingo.vm.types.LingoType;
import java.util.List;

/** The message that shows a model what was wrong with its answer. */
final class ReaskPrompt {

    private static final int MAX_LISTED = 10;

    private ReaskPrompt() {
    }

    static String render(LingoType type, List<ValidationError> errors) {
        StringBuilder m = new StringBuilder("Your answer does not fit the required type ")
                .append(type.display()).append(":\n");
        errors.stream().limit(MAX_LISTED).forEach(e -> m.append("- ").append(e.message()).append('\n'));
        if (errors.size() > MAX_LISTED) {
            m.append("- and ").append(errors.size() - MAX_LISTED).append(" more\n");
        }
        return m.append("Answer again with only the corrected JSON, nothing else.").toString();
    }
}
