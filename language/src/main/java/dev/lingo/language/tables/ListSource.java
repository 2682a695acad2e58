package dev.lingo.language.tables;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoList;

/** {@code stream(xs)}: a List's elements as a stream, so a long list can be mapped and written a window at a time. */
public final class ListSource implements StreamSource {

    private final LingoList list;

    public ListSource(LingoList list) {
        this.list = list;
    }

    @Override
    public String describe() {
        return "stream(<" + list.size() + " elements>)";
    }

    @Override
    public RecordReader open(Node at) {
        return new RecordReader() {
            private int next;

            @Override
            public Object next() {
                return next < list.size() ? list.get(next++) : null;
            }

            @Override
            public void close() {
            }
        };
    }
}
