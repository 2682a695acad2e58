package dev.lingo.vm.cache;

import dev.lingo.vm.ModelCallException;
import java.nio.file.Path;

/** A replayed run asked for something its recording cannot answer; no provider is called instead. */
public final class ReplayException extends ModelCallException {

    private ReplayException(String message) {
        super(message, null);
    }

    static ReplayException missing(Path recording, CacheKey key) {
        return new ReplayException("The recording " + recording + " has no answer for this request to " + key.provider() + ":"
                + key.model() + ": \"" + key.prompt() + "\". The script, its input or its model settings changed since the"
                + " recording was made: record the run again with --record.");
    }

    static ReplayException noLongerFits(Path recording, CacheKey key, String problem) {
        return new ReplayException("The answer recorded in " + recording + " for \"" + key.prompt()
                + "\" no longer fits its type (" + problem + "): record the run again with --record.");
    }

    @Override
    public String kind() {
        return "ModelReplayError";
    }
}
