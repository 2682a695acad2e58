package dev.lingo.language.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cutting of std:sem's {@code split}: chunks of at most {@code size} code points, each ending at
 * the last paragraph break, else sentence end, else white space in its second part, and starting
 * {@code overlap} code points before the previous end (moved on to a word start inside the overlap).
 * In Java because indexing a long String by code points from Lingo costs a pass over it each time.
 */
final class TextChunks {

    /** Where a chunk may end, best first: after a blank line, after a sentence end, after white space. */
    private static final List<Pattern> BOUNDARIES = List.of(Pattern.compile("\\r?\\n[ \\t]*\\r?\\n\\s*"),
                    Pattern.compile("[.!?;:][\"')\\]]*\\s+"), Pattern.compile("\\s+"));

    record Chunk(int start, int end, String text) {
    }

    private TextChunks() {
    }

    static List<Chunk> split(String text, int size, int overlap) {
        int[] points = text.codePoints().toArray();
        int n = points.length;
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        while (start < n) {
            int end = (long) start + size >= n ? n : start + cutAt(new String(points, start, size), size, Math.max(size / 2, overlap + 1));
            chunks.add(new Chunk(start, end, new String(points, start, end - start)));
            start = end >= n ? end : overlapStart(points, end, overlap);
        }
        return chunks;
    }

    /** The code-point offset in {@code window} after its last boundary at or past {@code least}, else its end. */
    private static int cutAt(String window, int size, int least) {
        for (Pattern boundary : BOUNDARIES) {
            int best = -1, chars = 0, points = 0;
            Matcher m = boundary.matcher(window);
            while (m.find()) {
                points += window.codePointCount(chars, m.end());
                chars = m.end();
                if (points >= least && points < size) {
                    best = points;
                }
            }
            if (best >= 0) {
                return best;
            }
        }
        return size;
    }

    private static int overlapStart(int[] points, int end, int overlap) {
        int from = end - overlap;
        if (overlap == 0 || isSpace(points[from - 1])) {
            return from;
        }
        int i = from;
        while (i < end && !isSpace(points[i])) {
            i++;
        }
        while (i < end && isSpace(points[i])) {
            i++;
        }
        return i < end ? i : from;
    }

    /** White space as the boundaries' {@code \s} means it. */
    private static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
