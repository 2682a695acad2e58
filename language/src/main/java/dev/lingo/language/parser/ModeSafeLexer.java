package dev.lingo.language.parser;

import org.antlr.v4.runtime.CharStream;

/** The generated lexer, except that a stray {@code }} at top level does not pop an empty mode stack. */
final class ModeSafeLexer extends LingoLexer {

    ModeSafeLexer(CharStream input) {
        super(input);
        removeErrorListeners();
    }

    @Override
    public int popMode() {
        return _modeStack.isEmpty() ? DEFAULT_MODE : super.popMode();
    }
}
