package dev.lingo.vm.testing;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command line running {@code main} in a new JVM on this test's class path, for tests that need
 * a real process (kill -9, exit, two writers). The child gets the test's {@code user.home}, which
 * the build points into {@code target/}, so it never touches the user's caches either.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    public static List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Duser.home=" + System.getProperty("user.home"),
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
