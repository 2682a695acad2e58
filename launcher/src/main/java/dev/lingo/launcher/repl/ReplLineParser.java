package dev.lingo.launcher.repl;

import java.util.List;
import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * Tells JLine which part of the line tab completion replaces: the name just before the cursor,
 * so {@code print(fo<TAB>} completes {@code fo}. The line itself is accepted as typed; whether it
 * is complete is for the Lingo parser to decide (see {@link ReplSession}).
 */
final class ReplLineParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        int start = ReplCompletion.wordStart(line, cursor);
        return new NameAtCursor(line, cursor, line.substring(start, cursor));
    }

    private record NameAtCursor(String line, int cursor, String word) implements CompletingParsedLine {
        @Override
        public int wordCursor() {
            return word.length();
        }

        @Override
        public int wordIndex() {
            return 0;
        }

        @Override
        public List<String> words() {
            return List.of(word);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return word.length();
        }

        @Override
        public int rawWordLength() {
            return word.length();
        }
    }
}
