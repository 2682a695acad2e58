package dev.lingo.vm.provider.offline;

import java.util.ServiceLoader;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * langchain4j logs through SLF4J; with no logging backend on the class path SLF4J prints a
 * three-line warning to stderr, which would appear in every offline run of a Lingo program.
 * When nothing is configured, select SLF4J's own no-op provider explicitly (and quietly).
 * An application with a logging backend, or with these properties set, is left alone.
 */
final class QuietLogging {

    private QuietLogging() {
    }

    static void apply() {
        if (System.getProperty("slf4j.provider") != null
                || ServiceLoader.load(SLF4JServiceProvider.class).findFirst().isPresent()) {
            return;
        }
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }
}
