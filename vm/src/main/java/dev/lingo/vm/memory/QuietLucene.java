package dev.lingo.vm.memory;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Lucene logs a warning on first vector use when the JDK's incubating Vector API is not enabled
 * (it then uses plain Java loops, which is fine for a memory's size); a script's output must not show it.
 */
final class QuietLucene {

    // held: java.util.logging keeps loggers weakly, and a collected logger forgets its level
    private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private QuietLucene() {
    }

    static void apply() {
        VECTORIZATION.setLevel(Level.SEVERE);
    }
}
