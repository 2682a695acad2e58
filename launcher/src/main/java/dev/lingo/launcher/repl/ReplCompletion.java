package dev.lingo.launcher.repl;

import dev.lingo.launcher.LingoContexts;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.graalvm.polyglot.Context;

/** Tab-completion candidates: REPL commands after ':', else names in scope and keywords. */
final class ReplCompletion {
    private ReplCompletion() {
    }

    static List<String> candidates(Context context, String prefix) {
        Stream<String> words = prefix.startsWith(":")
                ? ColonCommands.ALL.stream().map(ColonCommands.ColonCommand::name)
                : Stream.concat(context.getBindings(LingoContexts.LANGUAGE_ID).getMemberKeys().stream(), LingoKeywords.ALL.stream());
        return List.copyOf(words.filter(word -> word.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    /** The part of {@code line} before {@code cursor} that completion replaces: a name or a :command. */
    static int wordStart(String line, int cursor) {
        int start = cursor;
        while (start > 0 && isNamePart(line.charAt(start - 1))) {
            start--;
        }
        if (start > 0 && line.charAt(start - 1) == ':' && line.substring(0, start - 1).isBlank()) {
            start--; // a REPL command is only a command at the start of the line
        }
        return start;
    }

    private static boolean isNamePart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
