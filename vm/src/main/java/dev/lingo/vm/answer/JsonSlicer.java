package dev.lingo.vm.answer;

/** Finds the extent of a JSON object or list inside prose, respecting strings and escapes. */
final class JsonSlicer {

    private JsonSlicer() {
    }

    /** Index of the first {@code preferred} bracket, or of the first of either when preferred is 0 or absent. */
    static int firstOpening(String text, char preferred) {
        if (preferred != 0) {
            int at = text.indexOf(preferred);
            if (at >= 0) {
                return at;
            }
        }
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        return brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
    }

    /** From {@code start} to its matching close; to the end of the text if it never closes (the parser then says so). */
    static String balancedFrom(String text, int start) {
        int depth = 0;
        boolean inString = false;
        char quote = 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    inString = false;
                }
            } else if (c == '"' || c == '\'') {
                inString = true;
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) {
                    return text.substring(start, i + 1);
                }
            }
        }
        return text.substring(start);
    }
}
