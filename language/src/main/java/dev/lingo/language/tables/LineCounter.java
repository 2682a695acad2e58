package dev.lingo.language.tables;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;

/**
 * A reader that remembers where its line breaks are, so a CSV record (which may span lines) can
 * be reported by the line it starts on. Only the breaks after the last record asked about are kept.
 */
final class LineCounter extends FilterReader {

    /** Per line break: where the line's end starts (a CR before the LF counts) and where its LF is. */
    private final ArrayDeque<long[]> breaks = new ArrayDeque<>();
    private long position;
    private boolean afterCr;
    private long linesBefore;

    LineCounter(Reader in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            note((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        for (int i = 0; i < n; i++) {
            note(buf[off + i]);
        }
        return n;
    }

    private void note(char c) {
        if (c == '\n') {
            breaks.add(new long[]{afterCr ? position - 1 : position, position});
        }
        afterCr = c == '\r';
        position++;
    }

    /**
     * The 1-based line of the first character at or after {@code offset} that is not on a blank line
     * (a record's start, since the parser skips blank lines before it); offsets must not go backwards.
     */
    long lineAt(long offset) {
        while (!breaks.isEmpty() && breaks.peekFirst()[1] < offset) {
            breaks.pollFirst();
            linesBefore++;
        }
        while (!breaks.isEmpty() && breaks.peekFirst()[0] == offset) {
            offset = breaks.pollFirst()[1] + 1;
            linesBefore++;
        }
        return linesBefore + 1;
    }

}
