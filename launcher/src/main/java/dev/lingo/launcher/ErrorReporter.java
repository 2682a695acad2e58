package dev.lingo.launcher;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/**
 * Turns an exception that escaped a program into what the user reads on stderr and the exit code.
 * Users see Lingo frames only; a Java stack trace appears only for bugs and only with --stacktrace.
 */
public final class ErrorReporter {
    /** The language's MemoryError, for a full heap the language could not report itself. */
    static final String MEMORY_ERROR = "MemoryError: Out of memory: the values the program holds do not fit in the memory the run may use";

    private final PrintStream err;
    private final boolean javaStackTraces;
    private boolean memoryReported;

    public ErrorReporter(PrintStream err, boolean javaStackTraces) {
        this.err = err;
        this.javaStackTraces = javaStackTraces;
    }

    /** Prints {@code e} and returns the exit code it stands for. */
    public int report(PolyglotException e) {
        if (e.isExit()) {
            return e.getExitStatus();
        }
        if (e.isSyntaxError()) {
            err.println(e.getMessage());
            return ExitCodes.SYNTAX_ERROR;
        }
        if (e.isInternalError()) {
            return reportBug(e);
        }
        if (e.isInterrupted() || e.isCancelled()) {
            err.println("interrupted");
            return ExitCodes.INTERRUPTED;
        }
        boolean heapFull = e.isResourceExhausted() && !String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("stack");
        err.println(heapFull ? MEMORY_ERROR : e.getMessage());
        printGuestFrames(e);
        if (heapFull || String.valueOf(e.getMessage()).startsWith("MemoryError:")) {
            memoryReported = true;
            printMemoryHint();
        }
        return ExitCodes.RUNTIME_ERROR;
    }

    /** The heap filled up where not even the language could turn it into a MemoryError. */
    public int outOfMemory() {
        if (!memoryReported) { // closing the context may fail again for the same reason
            memoryReported = true;
            err.println(MEMORY_ERROR);
            printMemoryHint();
        }
        return ExitCodes.RUNTIME_ERROR;
    }

    private void printMemoryHint() {
        long maxMb = Runtime.getRuntime().maxMemory() >> 20;
        long moreMb = maxMb * 2;
        String more = moreMb >= 1024 ? (moreMb + 1023) / 1024 + "g" : moreMb + "m";
        err.println("hint: this run may use " + maxMb + " MB; give it more with LINGO_JAVA_OPTS=-Xmx" + more
                + ", or hold less data at once");
    }

    /** A mistake by the user of the command line or REPL rather than by the program. */
    public int usage(String message) {
        err.println("lingo: " + message);
        return ExitCodes.USAGE_ERROR;
    }

    /** A program file that cannot even be read as text. */
    public int malformed(MalformedSourceError e) {
        err.println(e.getMessage());
        return ExitCodes.SYNTAX_ERROR;
    }

    /** For a Throwable that is not a guest error at all: by definition a bug in Lingo. */
    public int reportBug(Throwable t) {
        if (causedByFullHeap(t)) {
            // e.g. the JIT compiler could not start for lack of heap: Truffle then fails every call,
            // so the program's own MemoryError (and its Lingo frames) is lost, not the diagnosis
            return outOfMemory();
        }
        err.println("internal error: this is a bug in Lingo");
        err.println(t.getMessage() == null ? t.getClass().getName() : t.getMessage());
        if (javaStackTraces) {
            t.printStackTrace(err);
        } else {
            err.println("Please report it to the Lingo maintainers with the program that caused it"
                    + " and the output of the same command with --stacktrace.");
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    private static boolean causedByFullHeap(Throwable t) {
        for (Throwable cause = t; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return true;
            }
        }
        if (t instanceof PolyglotException e && e.isInternalError()) {
            // The polyglot API hides an internal error's cause; only its printed trace names it.
            var trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString().contains("Caused by: java.lang.OutOfMemoryError");
        }
        return false;
    }

    /** The Lingo frames, a run of identical lines (deep recursion) shown once with its count. */
    private void printGuestFrames(PolyglotException e) {
        String last = null;
        int repeats = 0;
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (!frame.isGuestFrame() || !LingoContexts.LANGUAGE_ID.equals(frame.getLanguage().getId())) {
                continue;
            }
            String name = frame.getRootName() == null || frame.getRootName().isEmpty() ? "<top level>" : frame.getRootName();
            String line = "  at " + name + " (" + location(frame.getSourceLocation()) + ")";
            if (line.equals(last)) {
                repeats++;
                continue;
            }
            printRepeats(repeats);
            err.println(line);
            last = line;
            repeats = 0;
        }
        printRepeats(repeats);
    }

    private void printRepeats(int repeats) {
        if (repeats == 1) {
            err.println("  (the line above once more)");
        } else if (repeats > 1) {
            err.println("  (the line above " + repeats + " more times)");
        }
    }

    static String location(SourceSection section) {
        if (section == null) {
            return "unknown location";
        }
        return section.getSource().getName() + ":" + section.getStartLine() + ":" + section.getStartColumn();
    }
}
