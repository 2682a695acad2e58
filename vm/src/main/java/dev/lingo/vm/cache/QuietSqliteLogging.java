package dev.lingo.vm.cache;

import java.util.ServiceLoader;

/**
 * sqlite-jdbc logs through SLF4J whenever SLF4J is on the class path (langchain4j brings it); with
 * no logging backend SLF4J then prints a three-line warning to stderr in every run that opens the
 * cache. When nothing is configured, select SLF4J's own no-op provider, as the offline provider
 * does (one shared helper would be better; see the package README). Applications with a logging
 * backend, or with the property set, are left alone.
 */
final class QuietSqliteLogging {

    private QuietSqliteLogging() {
    }

    static void apply() {
        if (System.getProperty("slf4j.provider") != null) {
            return;
        }
        try {
            // looked up by name: SLF4J is optional for sqlite-jdbc and not a dependency of ours
            Class<?> spi = Class.forName("org.slf4j.spi.SLF4JServiceProvider", false, QuietSqliteLogging.class.getClassLoader());
            if (ServiceLoader.load(spi).findFirst().isPresent()) {
                return;
            }
        } catch (ClassNotFoundException | LinkageError noSlf4j) {
            return; // without SLF4J sqlite-jdbc logs through java.util.logging, quietly
        }
        System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        if (System.getProperty("slf4j.internal.verbosity") == null) {
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }
}
