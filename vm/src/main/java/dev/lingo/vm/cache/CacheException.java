package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;

/**
 * The answer cache cannot be used: damaged, locked by another process for too long, not
 * writable. The message names the file and says what to do; a run can always go on with
 * {@code --no-cache}.
 */
public final class CacheException extends ModelCallException {

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public String kind() {
        return "ModelCacheError";
    }
}
