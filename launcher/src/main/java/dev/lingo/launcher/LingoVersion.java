package dev.lingo.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.graalvm.polyglot.Engine;
import picocli.CommandLine.IVersionProvider;

/** What {@code lingo --version} prints: our version, the language's, and whether the JIT is on. */
public final class LingoVersion implements IVersionProvider {

    public static String launcherVersion() {
        try (InputStream in = LingoVersion.class.getResourceAsStream("version.properties")) {
            var properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        String engineLine;
        String languageVersion = "not installed";
        try (Engine engine = Engine.newBuilder().option("engine.WarnInterpreterOnly", "false").build()) {
            var language = engine.getLanguages().get(LingoContexts.LANGUAGE_ID);
            if (language != null) {
                languageVersion = language.getVersion();
            }
            boolean compiled = !"Interpreted".equals(engine.getImplementationName());
            // Truffle from Maven Central calls itself "Development Build": not worth printing.
            String version = engine.getVersion().startsWith("Dev") ? "" : " " + engine.getVersion();
            engineLine = engine.getImplementationName() + version
                    + (compiled ? " (JIT compilation on)" : " (interpreter only: fast start, no JIT)");
        }
        return new String[] {
            "Lingo " + launcherVersion() + " (language " + languageVersion + ")",
            "Engine: " + engineLine,
            "Java: " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")",
        };
    }
}
