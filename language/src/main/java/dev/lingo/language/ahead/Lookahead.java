package dev.lingo.language.ahead;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.ControlFlowException;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.Pending;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Runs the coming elements of a list method, or iterations of a {@code for} loop, ahead of the
 * program while it waits, far enough to start their model calls. Each element ahead runs
 * speculatively: it stops at an answer that is not in (and runs again from its start when that
 * answer arrives, taking the calls it started before), and at any effect. The program later runs
 * each element for real, in order; an opcode there takes an identical call started ahead instead
 * of asking again. Calls started ahead that the program never takes are cancelled if not sent yet.
 */
public final class Lookahead {

    /** Runs element {@code index} speculatively. */
    @FunctionalInterface
    public interface Body {
        void runAhead(int index);
    }

    /** Told how a lookahead went when it closes: calls started ahead, never used, cancelled before sending. */
    public interface Listener {
        void closed(int prefetched, int wasted);

        /** Cancels the call behind {@code unused} if it was not sent; true if it was cancelled. */
        boolean cancel(Pending unused);

        /** What speculative runs of this lookahead start from (the open {@code context} blocks). */
        Object snapshot();

        /** Makes {@code snapshot} current for a speculative run; returns what to restore. */
        Object enterSpeculation(Object snapshot);

        void exitSpeculation(Object saved);
    }

    private final AheadState state;
    private final Body body;
    private final int size;
    private final java.util.function.IntSupplier window;
    private final Listener listener;
    private int current = -1;
    private final Map<Integer, Element> elements = new HashMap<>();
    private final Map<Object, ArrayDeque<Entry>> unused = new HashMap<>();
    private final Object ambient;
    private int prefetched;
    private int wasted;

    private Lookahead(AheadState state, Body body, int size, java.util.function.IntSupplier window, Listener listener) {
        this.state = state;
        this.body = body;
        this.size = size;
        this.window = window;
        this.listener = listener;
        this.ambient = listener.snapshot();
    }

    /**
     * Opens a lookahead over {@code size} elements, up to {@code window} (0: none) ahead of the element the
     * program runs; null when there is nothing to run ahead of, or when this thread itself runs
     * ahead (speculation does not nest).
     */
    @TruffleBoundary
    public static Lookahead open(Body body, int size, java.util.function.IntSupplier window, Listener listener) {
        if (size < 2) {
            return null;
        }
        AheadState state = AheadState.current();
        if (state.speculating != null) {
            return null;
        }
        Lookahead l = new Lookahead(state, body, size, window, listener);
        state.scopes.add(l);
        return l;
    }

    /** Whether this thread runs code ahead of the program now. */
    @TruffleBoundary
    public static boolean speculating() {
        return AheadState.current().speculating != null;
    }

    /**
     * Inside a speculative run, a list method runs every element even when one needs an answer
     * that is not in, so all their calls start; then it stops at the first such answer.
     * {@code step} returns false to end early (a short-circuit found its answer).
     */
    @TruffleBoundary
    public static void speculateEach(int n, java.util.function.IntPredicate step) {
        Speculation.Blocked first = null;
        for (int i = 0; i < n; i++) {
            try {
                if (!step.test(i)) {
                    break;
                }
            } catch (Speculation.Blocked b) {
                if (first == null) {
                    first = b;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** The program now runs element {@code index} for real. */
    public void at(int index) {
        current = index;
        if (!elements.isEmpty()) {
            dropBefore(index);
        }
    }

    /** The list method or loop is over (done, or left by an error, break or return). */
    @TruffleBoundary
    public void close() {
        state.scopes.remove(this);
        for (Element e : elements.values()) {
            wasteUnused(e);
        }
        elements.clear();
        if (prefetched > 0) {
            listener.closed(prefetched, wasted);
        }
    }

    /**
     * Starts an opcode, or takes the identical call started ahead: the one thing a speculative
     * run may do that leaves a trace. {@code key} identifies the request (node, opcode, model, options).
     */
    @TruffleBoundary
    public static Object opcode(Object key, Supplier<Object> start) {
        AheadState state = AheadState.current();
        Element running = state.speculating;
        if (running != null) {
            return running.owner.startAhead(running, key, start);
        }
        for (int i = state.scopes.size() - 1; i >= 0; i--) {
            Object taken = state.scopes.get(i).take(key);
            if (taken != null) {
                return taken;
            }
        }
        return start.get();
    }

    /** Speculates every element in the window that is new or whose awaited answer arrived; adds what the others wait for. */
    void runAhead(List<CompletableFuture<?>> wakeOn) {
        if (prefetched == 0 && fruitless >= GIVE_UP_AFTER) {
            return; // the function only reads: running it ahead starts nothing, so stop paying for it
        }
        int end = (int) Math.min(size, (long) current + 1 + window.getAsInt()); // asked late: settled once a model is in use
        for (int i = Math.max(0, current + 1); i < end; i++) {
            Element e = elements.get(i);
            if (e == null) {
                e = new Element(this, i);
                elements.put(i, e);
            }
            if (e.finished) {
                continue;
            }
            if (e.blocker == null || e.blocker.isDone()) {
                speculate(e);
            }
            if (!e.finished && e.blocker != null && !e.blocker.isDone()) {
                wakeOn.add(e.blocker.completion());
            }
        }
    }

    /** Speculative runs in a row that started no model call, after which this lookahead stops. */
    private static final int GIVE_UP_AFTER = 16;
    private int fruitless;

    private void speculate(Element e) {
        int before = prefetched;
        try {
            speculateOnce(e);
        } finally {
            fruitless = prefetched == before ? fruitless + 1 : 0;
        }
    }

    private void speculateOnce(Element e) {
        Speculation.NEVER.invalidate();
        e.blocker = null;
        e.pass.clear();
        state.speculating = e;
        Object saved = listener.enterSpeculation(ambient);
        try {
            body.runAhead(e.index);
            e.finished = true;
        } catch (Speculation.Blocked b) {
            e.blocker = b.pending;
        } catch (ControlFlowException | LingoError | StackOverflowError expected) {
            e.finished = true; // an effect, an error, break or return: the real run will meet it
        } catch (AbstractTruffleException cancelledOrExit) {
            throw cancelledOrExit; // the engine's own (cancel, exit, interrupt): not ours to keep
        } catch (RuntimeException unexpected) {
            e.finished = true; // the real run meets it and reports it where it belongs
        } finally {
            state.speculating = null;
            listener.exitSpeculation(saved);
        }
    }

    private Object startAhead(Element e, Object key, Supplier<Object> start) {
        int seen = e.pass.merge(key, 1, Integer::sum);
        int n = 0;
        for (Entry entry : e.started) {
            if (entry.key.equals(key) && ++n == seen) {
                return entry.value;
            }
        }
        Object value = start.get();
        Entry entry = new Entry(key, value);
        e.started.add(entry);
        if (value instanceof Pending) {
            unused.computeIfAbsent(key, k -> new ArrayDeque<>()).add(entry);
            prefetched++;
        }
        return value;
    }

    private Object take(Object key) {
        ArrayDeque<Entry> q = unused.get(key);
        if (q == null) {
            return null;
        }
        Entry entry = q.poll();
        if (q.isEmpty()) {
            unused.remove(key);
        }
        if (entry == null) {
            return null;
        }
        entry.taken = true;
        return entry.value;
    }

    @TruffleBoundary
    private void dropBefore(int index) {
        for (Iterator<Map.Entry<Integer, Element>> it = elements.entrySet().iterator(); it.hasNext();) {
            Element e = it.next().getValue();
            if (e.index < index) {
                wasteUnused(e);
                it.remove();
            }
        }
    }

    private void wasteUnused(Element e) {
        for (Entry entry : e.started) {
            if (!entry.taken && entry.value instanceof Pending p) {
                ArrayDeque<Entry> q = unused.get(entry.key);
                if (q != null && q.remove(entry)) {
                    if (q.isEmpty()) {
                        unused.remove(entry.key);
                    }
                    entry.taken = true;
                    wasted++;
                    listener.cancel(p);
                }
            }
        }
    }

    /** One element run ahead: what it waits for, whether it is finished, and the calls it started. */
    static final class Element {
        final Lookahead owner;
        final int index;
        final List<Entry> started = new ArrayList<>(2);
        final Map<Object, Integer> pass = new HashMap<>();
        Pending blocker;
        boolean finished;

        Element(Lookahead owner, int index) {
            this.owner = owner;
            this.index = index;
        }
    }

    private static final class Entry {
        final Object key;
        final Object value;
        boolean taken;

        Entry(Object key, Object value) {
            this.key = key;
            this.value = value;
        }
    }
}
