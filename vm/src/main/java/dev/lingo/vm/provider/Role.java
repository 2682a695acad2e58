package dev.lingo.vm.provider;

/** Who speaks a chat message; the wire names are the lower-case names. */
public enum Role {
    SYSTEM, USER, ASSISTANT;

    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
