package dev.lingo.language.builtins;

import com.oracle.truffle.api.TruffleSafepoint;
import com.oracle.truffle.api.nodes.Node;

/**
 * The text a regular expression searches, polling Truffle's safepoint every few thousand
 * character reads: a pattern that backtracks catastrophically can then still be cancelled
 * (a context closed or interrupted, Ctrl-C, a host's time limit) instead of running for ever.
 */
final class InterruptibleText implements CharSequence {

    private static final int POLL_MASK = 0xFFF;

    private final String text;
    private final Node node;
    private int reads;

    InterruptibleText(String text, Node node) {
        this.text = text;
        this.node = node;
    }

    @Override
    public char charAt(int index) {
        if ((++reads & POLL_MASK) == 0) {
            TruffleSafepoint.poll(node);
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return text.substring(start, end);
    }

    @Override
    public String toString() {
        return text;
    }
}
