package dev.lingo.vm.machine;

import dev.lingo.vm.cache.CacheMode;

import java.nio.file.Path;

/**
 * How one run treats the answer cache and model calls: the cache mode ({@code --no-cache},
 * {@code --refresh}), a file to record every call to or to replay a run from, a dry run
 * that calls no model at all but estimates what the run would cost, and what the run may reach.
 */
public record MachineOptions(CacheMode cacheMode, Path recordTo, Path replayFrom, boolean dryRun, MachineAccess access) {

    public static final MachineOptions DEFAULT = new MachineOptions(CacheMode.NORMAL, null, null, false);

    /** Options with full access to files, network and native code (the command line's). */
    public MachineOptions(CacheMode cacheMode, Path recordTo, Path replayFrom, boolean dryRun) {
        this(cacheMode, recordTo, replayFrom, dryRun, MachineAccess.ALL);
    }

    public MachineOptions {
        if (recordTo != null && replayFrom != null) {
            throw new IllegalArgumentException("a run either records or replays, not both");
        }
    }
}
