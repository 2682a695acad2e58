package dev.lingo.vm.provider.local;

/** Told how far a download is, after every chunk written (the caller decides how often to draw). */
@FunctionalInterface
public interface PullProgress {

    PullProgress NONE = (done, total) -> { };

    /**
     * @param done  bytes on disk so far, a resumed part included
     * @param total the file's size, or -1 when neither the catalogue nor the server says
     */
    void update(long done, long total);
}
