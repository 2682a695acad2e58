package dev.lingo.language.tables;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.LingoContext;
import dev.lingo.language.ahead.Lookahead;
import dev.lingo.language.llm.ModelRuntime;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.LingoStream;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;

import java.util.ArrayList;
import java.util.function.Consumer;

/**
 * One walk over a stream, in order: each record goes through every stage before the next is
 * read. While the walk waits for an answer, a {@link Lookahead} runs the stages (and the
 * walk's own step, e.g. a loop body) of the coming records speculatively, as far as their model
 * calls, so about a window of calls is in flight; the walk then takes them in order. Records read
 * ahead for that are buffered, and the buffer never holds more than the window, so memory stays
 * bounded however long the file. A record that cannot be read fails the walk when it gets there.
 */
public final class StreamRun implements AutoCloseable {

    /** What {@link #next} returns once the stream is over. */
    public static final Object END = new Object();
    private static final Object SKIPPED = new Object();
    private static final int COMPACT_AFTER = 4096;

    private final Stage[] stages;
    private final boolean[] countable;
    private final long[] passed;
    private final RecordReader reader;
    private final Node at;
    private final ArrayList<Object> buffer = new ArrayList<>();
    private int head;
    private long first;
    private boolean drained;
    private RuntimeException failure;
    private long next;
    private Lookahead ahead;

    private StreamRun(LingoStream stream, Node at) {
        this.stages = stream.stages();
        this.at = at;
        this.passed = new long[stages.length];
        this.countable = new boolean[stages.length];
        boolean filtered = false;
        for (int k = 0; k < stages.length; k++) {
            filtered |= stages[k] instanceof Stage.Filter;
            countable[k] = !filtered; // a take with no filter before it knows which records it lets through
        }
        this.reader = stream.source().open(at);
    }

    @TruffleBoundary
    public static StreamRun open(LingoStream stream, Node at) {
        return new StreamRun(stream, at);
    }

    /**
     * Starts running ahead while the walk waits; {@code then} is the walk's own step for an element
     * (null when it has none), run ahead too. Nothing runs ahead inside a run ahead.
     */
    @TruffleBoundary
    public void lookAhead(Consumer<Object> then) {
        ModelRuntime models = LingoContext.get(at).models();
        ahead = Lookahead.open(i -> {
            Object v = speculate(i);
            if (v != END && v != SKIPPED && then != null) {
                then.accept(v);
            }
        }, Integer.MAX_VALUE, models::lookaheadWindow, models.lookaheadListener());
    }

    /** The next element for real, or {@link #END}. */
    @TruffleBoundary
    public Object next() {
        while (true) {
            if (takenAll()) {
                return END;
            }
            long i = next;
            Object record = record(i);
            if (record == END) {
                if (failure != null) {
                    throw failure;
                }
                return END;
            }
            next = i + 1;
            release(i);
            if (ahead != null && i < Integer.MAX_VALUE) {
                ahead.at((int) i);
            }
            Object v = apply(record, false);
            if (v != SKIPPED) {
                return v;
            }
        }
    }

    /** Element {@code i} computed ahead of the walk: its stages run (stopping where they must wait), or SKIPPED / END. */
    private Object speculate(long i) {
        if (i < next) {
            return SKIPPED;
        }
        if (pastTake(i)) {
            return END;
        }
        Object record = record(i);
        return record == END ? END : apply(record, true);
    }

    /** Whether record {@code i} certainly comes after a take's last element (checked before any of its steps runs). */
    private boolean pastTake(long i) {
        for (int k = 0; k < stages.length; k++) {
            if (countable[k] && stages[k] instanceof Stage.Take t && passed[k] + (i - next) >= t.count()) {
                return true;
            }
        }
        return false;
    }

    private Object apply(Object record, boolean ahead) {
        Object v = record;
        for (int k = 0; k < stages.length; k++) {
            switch (stages[k]) {
                case Stage.Map m -> v = call(m.function(), v);
                case Stage.Filter f -> {
                    if (!truth(call(f.predicate(), v))) {
                        return SKIPPED;
                    }
                }
                case Stage.Take t -> {
                    if (!ahead) {
                        passed[k]++;
                    }
                }
            }
        }
        return v;
    }

    private boolean takenAll() {
        for (int k = 0; k < stages.length; k++) {
            if (stages[k] instanceof Stage.Take t && passed[k] >= t.count()) {
                return true;
            }
        }
        return false;
    }

    /** The source's record {@code i} (reading up to it), or END past the end or at a record that failed. */
    private Object record(long i) {
        while (first + (buffer.size() - head) <= i && !drained) {
            try {
                Object r = reader.next();
                if (r == null) {
                    drained = true;
                } else {
                    buffer.add(r);
                }
            } catch (LingoError e) {
                failure = e;
                drained = true;
            }
        }
        long offset = i - first;
        return offset < buffer.size() - head ? buffer.get(head + (int) offset) : END;
    }

    /** Forgets the records before {@code i}: the walk is past them. */
    private void release(long i) {
        int drop = (int) Math.min(i - first, buffer.size() - head);
        for (int k = 0; k < drop; k++) {
            buffer.set(head + k, null);
        }
        head += drop;
        first += drop;
        if (head > COMPACT_AFTER && head > buffer.size() / 2) {
            buffer.subList(0, head).clear();
            head = 0;
        }
    }

    private Object call(Object f, Object x) {
        LingoFunction fn = (LingoFunction) f; // checked when the stage was made
        return fn.callTarget().call(fn.frameArguments(new Object[]{x}));
    }

    private boolean truth(Object result) {
        Object v = Pending.force(result);
        if (v instanceof Boolean b) {
            return b;
        }
        throw LingoError.typeError("The function given to filter() must return a Bool, got " + Values.typeName(v), at);
    }

    @Override
    @TruffleBoundary
    public void close() {
        try {
            if (ahead != null) {
                ahead.close();
            }
        } finally {
            reader.close();
        }
    }
}
