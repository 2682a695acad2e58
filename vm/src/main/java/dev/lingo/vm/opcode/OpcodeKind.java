package dev.lingo.vm.opcode;

/** The four LLM opcodes of Lingo: {@code gen}, {@code extract}, {@code classify}, {@code check}. */
public enum OpcodeKind {
    /** {@code gen T from PROMPT}: the model carries out an instruction and answers a T. */
    GEN,
    /** {@code extract T from TEXT}: a T read out of a text. */
    EXTRACT,
    /** {@code classify TEXT as "a" | "b"}: exactly one of the labels. */
    CLASSIFY,
    /** {@code check "claim" on TEXT}: whether the text supports the claim (a Bool). */
    CHECK;

    /** The keyword as written in Lingo source. */
    public String keyword() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
