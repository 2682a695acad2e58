package dev.lingo.launcher.repl;

import java.util.List;

/** Keywords from spec/DESIGN.md ("Lexical"), offered by tab completion. */
final class LingoKeywords {
    static final List<String> ALL = List.of(
            "let", "var", "fn", "type", "if", "else", "while", "for", "in", "break", "continue", "return",
            "match", "is", "try", "catch", "finally", "throw", "import", "as", "with", "null", "true", "false",
            // LLM opcodes and their contextual words
            "gen", "extract", "classify", "check", "model", "using", "fallback", "from", "on");

    private LingoKeywords() {
    }
}
