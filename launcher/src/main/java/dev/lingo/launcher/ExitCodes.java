package dev.lingo.launcher;

/** The exit status of the {@code lingo} command; launcher/README.md documents the same table. */
public final class ExitCodes {
    public static final int OK = 0;
    /** The program raised an error it did not catch. */
    public static final int RUNTIME_ERROR = 1;
    /** Bad flag, missing argument, unreadable file, unknown engine option. */
    public static final int USAGE_ERROR = 2;
    /** The source does not parse or names something that does not exist. */
    public static final int SYNTAX_ERROR = 3;
    /** An evaluation was interrupted (Ctrl-C): 128 + SIGINT, as shells report it. */
    public static final int INTERRUPTED = 130;
    /** A bug in Lingo itself (BSD sysexits EX_SOFTWARE). */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
