package dev.lingo.vm.machine;

import dev.lingo.vm.cache.CacheMode;

import java.nio.file.Path;

/**
 * How one run treats the answer cache and model calls: the cache mode ({@code --no-cache},
 * {@code --refresh}), a file to record every call to or to replay a run from, and a dry run
 * that calls no model at all but estimates what the run would cost.
 */
public record MachineOptions(CacheMode cacheMode, Path recordTo, Path replayFrom, boolean dryRun) {

    public static final MachineOptions DEFAULT = new MachineOptions(CacheMode.NORMAL, null, null, false);

    public MachineOptions {
        if (recordTo != null && replayFrom != null) {
            throw new IllegalArgumentException("a run either records or replays, not both");
        }
    }
}
