package dev.lingo.language.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleStackTrace;
import com.oracle.truffle.api.TruffleStackTraceElement;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;
import com.oracle.truffle.api.source.SourceSection;

import java.util.ArrayList;
import java.util.List;

/**
 * A Lingo error: raised by {@code throw} or by the runtime (kind {@code TypeError},
 * {@code IndexError}, …), caught by {@code try/catch}, and seen by embedders as a guest exception.
 */
public final class LingoError extends AbstractTruffleException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final transient Object data;

    private final String bareMessage;

    public LingoError(String kind, String message, Object data, Node location) {
        this(kind, message, data, location, UNLIMITED_STACK_TRACE);
    }

    private LingoError(String kind, String message, Object data, Node location, int stackLimit) {
        super(kind + ": " + message, null, stackLimit, location);
        this.kind = kind;
        this.bareMessage = message;
        this.data = data == null ? LingoNull.INSTANCE : data;
    }

    /** Recursion too deep: only the innermost frames are kept, they are all alike. */
    @TruffleBoundary
    public static LingoError stackOverflow(Node location) {
        return new LingoError("StackOverflowError", "Stack overflow: the recursion is too deep (or never ends)", null,
                        location, 20);
    }

    /**
     * The heap is full. Raised where a statement, builtin, function or {@code try} sees the JVM's
     * OutOfMemoryError; the allocation that failed is gone by then, so there is room for this error.
     */
    @TruffleBoundary
    public static LingoError outOfMemory(Node location) {
        MemoryReserve.release();
        return new LingoError("MemoryError", "Out of memory: the values the program holds do not fit in the memory the run may use",
                        null, location);
    }

    /**
     * An AssertionError the Truffle runtime throws at every call once its compiler could not start
     * for lack of heap is the same MemoryError; any other AssertionError is a bug and goes on.
     */
    @TruffleBoundary
    public static LingoError outOfMemory(AssertionError error, Node location) {
        for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError) {
                return outOfMemory(location);
            }
        }
        throw error;
    }

    /** After a {@code try} handled this error: a MemoryError takes back the heap it gave away. */
    @TruffleBoundary
    public void handled() {
        if (kind.equals("MemoryError")) {
            MemoryReserve.keep();
        }
    }

    /** The message without the kind. */
    public String bareMessage() {
        return bareMessage;
    }

    @TruffleBoundary
    public static LingoError of(String kind, String message, Node location) {
        return new LingoError(kind, message, null, location);
    }

    @TruffleBoundary
    public static LingoError typeError(String message, Node location) {
        return new LingoError("TypeError", message, null, location);
    }

    /** The error a {@code throw v} raises. */
    @TruffleBoundary
    public static LingoError fromThrown(Object v, Node location) {
        if (v instanceof LingoRecord r) {
            Object kind = r.get("kind");
            Object message = r.get("message");
            Object data = r.get("data");
            return new LingoError(kind instanceof String k ? k : "Error",
                            message instanceof String m ? m : Display.show(r), data == null ? r : data, location);
        }
        return new LingoError("Error", Display.show(v), null, location);
    }

    public String kind() {
        return kind;
    }

    public Object data() {
        return data;
    }

    /** The record a {@code catch e} binds: {kind, message, stack, data}. */
    @TruffleBoundary
    public LingoRecord toRecord() {
        List<String> stack = stackLines(this);
        return new LingoRecord(RecordShape.of("kind", "message", "stack", "data"),
                        new Object[]{kind, bareMessage, new LingoList(stack.toArray()), data});
    }

    /** {@code "name (file:line:col)"} for each Lingo frame, innermost first. */
    @TruffleBoundary
    public static List<String> stackLines(Throwable error) {
        List<String> lines = new ArrayList<>();
        if (!(error instanceof AbstractTruffleException)) {
            return lines;
        }
        TruffleStackTrace.fillIn(error);
        for (TruffleStackTraceElement element : TruffleStackTrace.getStackTrace(error)) {
            String name = element.getTarget().getRootNode().getName();
            Node location = element.getLocation();
            SourceSection section = location == null ? null : location.getEncapsulatingSourceSection();
            if (section == null || name == null) {
                continue;
            }
            lines.add(name + " (" + section.getSource().getName() + ":" + section.getStartLine() + ":"
                            + section.getStartColumn() + ")");
        }
        return lines;
    }
}
