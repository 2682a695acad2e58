package dev.lingo.language.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Notices of a model machine made ahead of the program: held until the program first needs the
 * machine, so they appear where they would have if it had been made then (after the program's
 * earlier output), and passed straight on from then.
 */
final class HeldNotices implements Consumer<String> {

    private final Consumer<String> out;
    private List<String> held = new ArrayList<>();

    HeldNotices(Consumer<String> out) {
        this.out = out;
    }

    @Override
    public void accept(String notice) {
        synchronized (this) {
            if (held != null) {
                held.add(notice);
                return;
            }
        }
        out.accept(notice);
    }

    /** Prints what was held and passes later notices on at once. */
    void release() {
        List<String> toPrint;
        synchronized (this) {
            toPrint = held;
            held = null;
        }
        if (toPrint != null) {
            toPrint.forEach(out);
        }
    }
}
