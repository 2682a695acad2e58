package dev.lingo.language.builtins;

import static dev.lingo.language.builtins.MethodTable.method;
import static dev.lingo.language.builtins.MethodTable.node;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;

import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.LingoError;
import dev.lingo.language.runtime.LingoList;
import dev.lingo.language.runtime.LingoNull;
import dev.lingo.language.runtime.LingoFunction;
import dev.lingo.language.runtime.Pending;
import dev.lingo.language.runtime.Values;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The String methods that take a regular expression: matches, find, findAll, replaceAll, splitBy. */
final class RegexMethods {

    private RegexMethods() {
    }

    static void register(Map<String, MethodSpec> t) {
        method(t, "matches", 1, 1, (r, a, n) -> matcher(r, a, "matches", n).find());
        method(t, "find", 1, 1, RegexMethods::find);
        method(t, "findAll", 1, 1, (r, a, n) -> {
            Matcher m = matcher(r, a, "findAll", n);
            return Regexes.records((String) r, Regexes.all(m, (String) r), m.pattern());
        });
        method(t, "splitBy", 1, 1, (r, a, n) -> splitBy((String) r, a, n));
        node(t, "replaceAll", 2, 2, ReplaceAll::new);
    }

    private static String pattern(Object[] a, String method, Node n) {
        return Args.string(a[0], patternOf(method), n);
    }

    /** "find's pattern", "matches' pattern": the argument as messages name it. */
    private static String patternOf(String method) {
        return method + (method.endsWith("s") ? "'" : "'s") + " pattern";
    }

    private static Matcher matcher(Object receiver, Object[] a, String method, Node n) {
        return Regexes.matcher(pattern(a, method, n), patternOf(method), (String) receiver, n);
    }

    private static Object find(Object receiver, Object[] a, Node n) {
        Matcher m = matcher(receiver, a, "find", n);
        while (m.find()) {
            if (!Regexes.splitsPair((String) receiver, m.start())) {
                return Regexes.record((String) receiver, m.toMatchResult(), m.pattern());
            }
        }
        return LingoNull.INSTANCE;
    }

    /** The parts between matches, empty ones kept (as split keeps them) except before an empty match at the start. */
    private static LingoList splitBy(String s, Object[] a, Node n) {
        List<MatchResult> found = Regexes.all(Regexes.matcher(pattern(a, "splitBy", n), patternOf("splitBy"), s, n), s);
        List<Object> parts = new ArrayList<>();
        int at = 0;
        for (MatchResult m : found) {
            if (m.end() == 0) {
                continue;
            }
            parts.add(s.substring(at, m.start()));
            at = m.end();
        }
        parts.add(s.substring(at));
        return new LingoList(parts.toArray());
    }

    /** {@code s.replaceAll(re, "$1")} or {@code s.replaceAll(re, m -> …)}: the function is called once per match, in order. */
    static final class ReplaceAll extends CallbackMethod {
        @Override
        public Object execute(VirtualFrame frame, Object receiver, Object[] args) {
            Object replacement = Pending.force(args[1]);
            if (replacement instanceof String text) {
                return withText((String) receiver, Pending.force(args[0]), text);
            }
            if (Values.isLingoValue(replacement) && !(replacement instanceof LingoFunction)) {
                CompilerDirectives.transferToInterpreter();
                throw Args.wrong("replaceAll's replacement", "a String or a function", replacement, this);
            }
            Object f = function(replacement, "replaceAll");
            Found found = find((String) receiver, args[0]);
            Object[] texts = new Object[found.results().size()];
            for (int i = 0; i < texts.length; i++) {
                texts[i] = call(f, found.records().get(i));
            }
            return assemble((String) receiver, found.results(), texts);
        }

        /** The matches as Java results (for their offsets) and as the records the function is given. */
        private record Found(List<MatchResult> results, LingoList records) {
        }

        @TruffleBoundary
        private Found find(String s, Object regex) {
            Matcher m = RegexMethods.matcher(s, new Object[]{Pending.force(regex)}, "replaceAll", this);
            List<MatchResult> results = Regexes.all(m, s);
            return new Found(results, Regexes.records(s, results, m.pattern()));
        }

        @TruffleBoundary
        private String withText(String s, Object regex, String replacement) {
            Matcher m = RegexMethods.matcher(s, new Object[]{regex}, "replaceAll", this);
            try {
                return m.replaceAll(r -> Regexes.splitsPair(s, r.start()) ? "" : replacement);
            } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                throw LingoError.of("ValueError", "replaceAll's replacement " + StringMethods.quoted(replacement)
                                + " does not fit the pattern " + StringMethods.quoted(m.pattern().pattern()) + ": "
                                + e.getMessage() + "; " + groupsHint(m.pattern()) + "; write \\$ for a literal $", this);
            }
        }

        private static String groupsHint(Pattern p) {
            int n = p.matcher("").groupCount();
            String numbered = n == 0 ? "the pattern has no groups ($0 is the whole match)"
                            : n == 1 ? "the pattern's only group is $1" : "the pattern's groups are $1 to $" + n;
            Set<String> names = p.namedGroups().keySet();
            return names.isEmpty() ? numbered : numbered + ", named " + String.join(", ", names.stream().map(x -> "${" + x + "}").sorted().toList());
        }

        /** The text between the matches, and each match's replacement (the function's result as str gives it). */
        @TruffleBoundary
        private static String assemble(String s, List<MatchResult> found, Object[] texts) {
            StringBuilder out = new StringBuilder();
            int at = 0;
            for (int i = 0; i < texts.length; i++) {
                out.append(s, at, found.get(i).start()).append(Display.show(Pending.force(texts[i])));
                at = found.get(i).end();
            }
            return out.append(s, at, s.length()).toString();
        }
    }
}
