package dev.lingo.language.documents;

import java.util.ServiceLoader;

import org.apache.logging.log4j.spi.Provider;

/**
 * POI logs through the Log4j API, and so does PDFBox (commons-logging 1.3+ prefers the Log4j API
 * when it is on the class path); with no Log4j backend the API prints "Log4j API could not find a
 * logging provider" on stderr in the middle of a Lingo program's output. When nothing is
 * configured, pick the API's built-in simple provider with logging off. An application with a
 * Log4j backend, or with the property set, is left alone.
 */
final class QuietLibraryLogging {

    private QuietLibraryLogging() {
    }

    static void apply() {
        if (System.getProperty("log4j.provider") != null || System.getProperty("log4j2.provider") != null
                        || ServiceLoader.load(Provider.class, QuietLibraryLogging.class.getClassLoader()).findFirst().isPresent()) {
            return;
        }
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        if (System.getProperty("log4j2.simplelogLevel") == null) {
            System.setProperty("log4j2.simplelogLevel", "OFF");
        }
    }
}
