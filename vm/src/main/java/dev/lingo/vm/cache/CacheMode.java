package dev.lingo.vm.cache;

import java.util.Locale;

/** How a run uses the answer cache: the CLI's default, {@code --no-cache} and {@code --refresh}. */
public enum CacheMode {
    /** Answer from the cache when it can; store new answers. */
    NORMAL,
    /** Neither read nor write; the store is not even opened, so a damaged or locked cache does not matter. */
    NO_CACHE,
    /** Ask the model again, and store its new answers over the old ones. */
    REFRESH;

    public boolean reads() {
        return this == NORMAL;
    }

    public boolean writes() {
        return this != NO_CACHE;
    }

    /** {@code on}/{@code normal}, {@code off}/{@code no-cache}, {@code refresh}. */
    public static CacheMode parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "on", "normal", "true" -> NORMAL;
            case "off", "no-cache", "none", "false" -> NO_CACHE;
            case "refresh" -> REFRESH;
            default -> throw new IllegalArgumentException("\"" + text + "\" is not a cache mode: use on, off or refresh");
        };
    }
}
