package dev.lingo.vm.machine;

import java.util.concurrent.atomic.LongAdder;

/** What a run embedded: texts asked for, how many the cache answered, and the requests sent for the rest. */
final class EmbeddingStats {

    private final LongAdder texts = new LongAdder();
    private final LongAdder fromCache = new LongAdder();
    private final LongAdder requests = new LongAdder();

    void asked(int count) {
        texts.add(count);
    }

    void cached(int count) {
        fromCache.add(count);
    }

    void sent() {
        requests.increment();
    }

    boolean any() {
        return texts.sum() > 0;
    }

    /** e.g. {@code 120 texts embedded (100 from cache, 1 request)}; requests include the offline stand-in's. */
    String summary() {
        long n = texts.sum();
        long r = requests.sum();
        return n + (n == 1 ? " text" : " texts") + " embedded (" + fromCache.sum() + " from cache, " + r + (r == 1 ? " request)" : " requests)");
    }
}
