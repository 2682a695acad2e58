package dev.lingo.vm.cache;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the answer cache lives. A project (a folder with {@code lingo.json}, found from the
 * working directory upwards) keeps its answers beside its code, in {@code .lingo/cache/}, so they
 * can be shared or wiped with the project. Anything else uses the user's cache:
 * {@code LINGO_CACHE_DIR}, else {@code $XDG_CACHE_HOME/lingo}, else {@code ~/.cache/lingo}.
 */
public final class CacheLocation {

    private CacheLocation() {
    }

    public static Path resolve(Map<String, String> env, Path workingDirectory) {
        Path project = projectDirectory(workingDirectory);
        if (project != null) {
            return project.resolve(".lingo").resolve("cache");
        }
        return userCache(env);
    }

    /** The nearest folder from {@code dir} upwards that holds a {@code lingo.json}, or null. */
    public static Path projectDirectory(Path dir) {
        for (Path d = dir == null ? null : dir.toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("lingo.json"))) {
                return d;
            }
        }
        return null;
    }

    public static Path userCache(Map<String, String> env) {
        String dir = env.get("LINGO_CACHE_DIR");
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lingo");
    }
}
