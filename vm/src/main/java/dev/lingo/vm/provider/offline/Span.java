package dev.lingo.vm.provider.offline;

/** A piece of the input text with its character offsets ({@code end} exclusive). */
record Span(int start, int end, String text) {

    /** Characters between two spans; 0 when they touch or overlap. */
    int distanceTo(Span other) {
        if (other.end <= start) {
            return start - other.end;
        }
        if (end <= other.start) {
            return other.start - end;
        }
        return 0;
    }

    boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
