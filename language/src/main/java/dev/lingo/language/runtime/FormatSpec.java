package dev.lingo.language.runtime;

/**
 * A parsed format spec, Python's mini-language in part (spec 8.7):
 * {@code [[fill]align][sign][#][0][width][,|_][.precision][type]}.
 */
public record FormatSpec(String text, int fill, char align, char sign, boolean alternate, boolean zero, int width, char grouping,
                int precision, char type) {

    /** Widths and precisions above this are refused: the text would outgrow what anyone prints. */
    public static final int MAX_NUMBER = 1_000_000;

    /** No alignment, sign, grouping or type given; {@code -1}: no width or precision given. */
    public static final char NONE = 0;

    /** Why a spec does not parse, and where (a code-point index in the spec). */
    public static final class Invalid extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final int index;

        Invalid(String message, int index) {
            super(message);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }

    public static FormatSpec parse(String text) {
        int[] cp = text.codePoints().toArray();
        int i = 0;
        int fill = ' ';
        char align = NONE;
        if (cp.length > 1 && isAlign(cp[1])) {
            fill = cp[0];
            align = (char) cp[1];
            i = 2;
        } else if (cp.length > 0 && isAlign(cp[0])) {
            align = (char) cp[0];
            i = 1;
        }
        char sign = NONE;
        if (i < cp.length && (cp[i] == '+' || cp[i] == '-' || cp[i] == ' ')) {
            sign = (char) cp[i++];
        }
        boolean alternate = false;
        if (i < cp.length && cp[i] == '#') {
            alternate = true;
            i++;
        }
        boolean zero = false;
        if (i < cp.length && cp[i] == '0') {
            if (align != NONE) {
                throw new Invalid("`0` (pad with zeros) cannot be combined with an alignment", i);
            }
            zero = true;
            i++;
        }
        int start = i;
        while (i < cp.length && isDigit(cp[i])) {
            i++;
        }
        int width = number(cp, start, i);
        char grouping = NONE;
        if (i < cp.length && (cp[i] == ',' || cp[i] == '_')) {
            grouping = (char) cp[i++];
        }
        int precision = -1;
        if (i < cp.length && cp[i] == '.') {
            start = ++i;
            while (i < cp.length && isDigit(cp[i])) {
                i++;
            }
            if (i == start) {
                throw new Invalid("`.` must be followed by the number of digits (e.g. `.2`)", start - 1);
            }
            precision = number(cp, start, i);
        }
        char type = NONE;
        if (i < cp.length && "sdfe%xXbo".indexOf(cp[i]) >= 0) {
            type = (char) cp[i++];
        }
        if (i < cp.length) {
            throw new Invalid("`" + Character.toString(cp[i]) + "` is not expected here", i);
        }
        FormatSpec spec = new FormatSpec(text, fill, align, sign, alternate, zero, width, grouping, precision, type);
        spec.check();
        return spec;
    }

    /** The combinations that make no sense whatever the value. */
    private void check() {
        boolean integer = type == 'd' || type == 'x' || type == 'X' || type == 'b' || type == 'o';
        if (type == 's' && (sign != NONE || zero || grouping != NONE || align == '=')) {
            throw new Invalid("type `s` formats text, so it takes no sign, `0`, grouping or `=` alignment", text.length() - 1);
        }
        if (alternate && "xXbofe%".indexOf(type == NONE ? '?' : type) < 0) {
            throw new Invalid("`#` (the alternate form) is for the types x X b o (a 0x, 0X, 0b or 0o prefix) and f e % (always a point)",
                            text.codePoints().toArray().length - 1);
        }
        if (integer && precision >= 0) {
            throw new Invalid("an integer type (`" + type + "`) takes no precision", text.length() - 1);
        }
        if (type == 'e' && grouping != NONE) {
            throw new Invalid("type `e` takes no grouping", text.length() - 1);
        }
        if (grouping == ',' && (type == 'x' || type == 'X' || type == 'b' || type == 'o')) {
            throw new Invalid("type `" + type + "` groups digits with `_`, not `,`", text.length() - 1);
        }
    }

    private static int number(int[] cp, int from, int to) {
        if (from == to) {
            return -1;
        }
        long n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (cp[i] - '0');
            if (n > MAX_NUMBER) {
                throw new Invalid("width and precision go up to " + MAX_NUMBER, from);
            }
        }
        return (int) n;
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '^' || c == '=';
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the value must be a number: a sign, zero padding, grouping or padding after the sign asks for one. */
    boolean needsNumber() {
        return sign != NONE || zero || grouping != NONE || align == '=' || (type != NONE && type != 's');
    }
}
