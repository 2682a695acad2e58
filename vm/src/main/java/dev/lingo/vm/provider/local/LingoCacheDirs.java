package dev.lingo.vm.provider.local;

import java.nio.file.Path;
import java.util.Map;

/** Where Lingo keeps downloaded models and unpacked native code: the user's cache, never the project. */
public final class LingoCacheDirs {

    private LingoCacheDirs() {
    }

    /** {@code $XDG_CACHE_HOME/lingo}, else {@code ~/.cache/lingo}. */
    public static Path root(Map<String, String> env) {
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("lingo");
    }

    /** {@code LINGO_MODEL_DIR}, else {@code <root>/models}. */
    public static Path models(Map<String, String> env) {
        String dir = env.get("LINGO_MODEL_DIR");
        return dir != null && !dir.isBlank() ? Path.of(dir) : root(env).resolve("models");
    }
}
