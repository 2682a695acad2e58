package dev.lingo.language.builtins;

import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoRecord;
import dev.lingo.language.runtime.RecordShape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Compiled patterns (cached), and the match records that find, findAll and replaceAll hand out. */
final class Regexes {

    private static final RecordShape MATCH = RecordShape.of("text", "start", "end", "groups", "named");
    private static final int CACHE_SIZE = 64;

    /** Patterns by source, so a loop that searches with the same pattern compiles it once. */
    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    private Regexes() {
    }

    /** {@code what} names the argument in the error, e.g. "find's pattern". */
    static Pattern compile(String regex, String what, Node node) {
        synchronized (CACHE) {
            Pattern cached = CACHE.get(regex);
            if (cached != null) {
                return cached;
            }
        }
        try {
            Pattern p = Pattern.compile(regex);
            synchronized (CACHE) {
                CACHE.put(regex, p);
            }
            return p;
        } catch (PatternSyntaxException e) {
            String at = e.getIndex() < 0 ? "" : " at index " + e.getIndex();
            throw LingoError.of("ValueError", what + " " + StringMethods.quoted(regex) + " is not a valid regular expression: "
                            + e.getDescription() + at, node);
        }
    }

    static Matcher matcher(String regex, String what, String text, Node node) {
        return compile(regex, what, node).matcher(new InterruptibleText(text, node));
    }

    /** Every match, left to right, as Java results (UTF-16 offsets). */
    static List<MatchResult> all(Matcher m, String text) {
        List<MatchResult> found = new ArrayList<>();
        while (m.find()) {
            if (!splitsPair(text, m.start())) {
                found.add(m.toMatchResult());
            }
        }
        return found;
    }

    /**
     * Whether {@code offset} falls between the two halves of one code point. Java steps one
     * UTF-16 unit past an empty match, so {@code ""} also matches inside an emoji; Lingo counts
     * code points and skips those matches.
     */
    static boolean splitsPair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isLowSurrogate(text.charAt(offset))
                        && Character.isHighSurrogate(text.charAt(offset - 1));
    }

    /** Match records for {@code results}, with positions in code points (counted once, left to right). */
    static LingoList records(String text, List<MatchResult> results, Pattern pattern) {
        Object[] out = new Object[results.size()];
        CodePointCounter counter = new CodePointCounter(text);
        for (int i = 0; i < out.length; i++) {
            out[i] = record(results.get(i), pattern, counter);
        }
        return new LingoList(out);
    }

    static LingoRecord record(String text, MatchResult r, Pattern pattern) {
        return record(r, pattern, new CodePointCounter(text));
    }

    private static LingoRecord record(MatchResult r, Pattern pattern, CodePointCounter counter) {
        Object[] groups = new Object[r.groupCount()];
        for (int g = 1; g <= groups.length; g++) {
            groups[g - 1] = orNull(r.group(g));
        }
        List<Map.Entry<String, Integer>> names = new ArrayList<>(pattern.namedGroups().entrySet());
        names.sort(Comparator.comparing(Map.Entry::getValue));
        String[] fieldNames = new String[names.size()];
        Object[] named = new Object[names.size()];
        for (int i = 0; i < named.length; i++) {
            fieldNames[i] = names.get(i).getKey();
            named[i] = orNull(r.group(names.get(i).getValue()));
        }
        long start = counter.at(r.start());
        long end = counter.at(r.end());
        return new LingoRecord(MATCH, new Object[]{r.group(), start, end, new LingoList(groups),
                        new LingoRecord(RecordShape.of(fieldNames), named)});
    }

    private static Object orNull(String group) {
        return group == null ? LingoNull.INSTANCE : group;
    }

    /** Turns increasing UTF-16 offsets into code point indexes without recounting from the start. */
    private static final class CodePointCounter {
        private final String text;
        private int unit;
        private long codePoint;

        CodePointCounter(String text) {
            this.text = text;
        }

        long at(int offset) {
            if (offset < unit) {
                unit = 0;
                codePoint = 0;
            }
            codePoint += text.codePointCount(unit, offset);
            unit = offset;
            return codePoint;
        }
    }
}
