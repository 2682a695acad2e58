package dev.lingo.language.parser;

import dev.lingo.language.nodes.control.MatchPattern;
import dev.lingo.language.parser.LingoParser.DestructuringContext;
import dev.lingo.language.parser.LingoParser.FieldPatternContext;
import dev.lingo.language.parser.LingoParser.NameContext;
import dev.lingo.language.parser.LingoParser.PatternContext;
import dev.lingo.language.runtime.LingoNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Builds the patterns of {@code match} arms and destructuring {@code let}/{@code var}. */
final class PatternBuilder {

    /** Where a name a pattern binds goes: the frame slot to write. */
    @FunctionalInterface
    interface Binder {
        int slot(NameContext name);
    }

    private final BuildState state;
    private final TypeBuilder types;

    PatternBuilder(BuildState state, TypeBuilder types) {
        this.state = state;
        this.types = types;
    }

    /** @param seen the names bound so far in the whole pattern: binding one twice is an error */
    MatchPattern pattern(PatternContext p, Binder binder, Set<String> seen) {
        if (p instanceof LingoParser.NumberPatternContext n) {
            String text = n.getText();
            if (n.FLOAT() != null) {
                return new MatchPattern.Literal(Literals.parseFloat(text));
            }
            return new MatchPattern.Literal(Literals.parseInt(text, n, state));
        } else if (p instanceof LingoParser.StringPatternContext s) {
            return new MatchPattern.Literal(StringLiterals.plain(s.plainString(), state));
        } else if (p instanceof LingoParser.BoolPatternContext b) {
            return new MatchPattern.Literal(b.TRUE() != null);
        } else if (p instanceof LingoParser.NullPatternContext) {
            return new MatchPattern.Literal(LingoNull.INSTANCE);
        } else if (p instanceof LingoParser.TypePatternContext t) {
            return new MatchPattern.IsType(types.visit(t.patternType()));
        } else if (p instanceof LingoParser.StructurePatternContext s) {
            return destructuring(s.destructuring(), binder, seen);
        }
        return bind(((LingoParser.BindPatternContext) p).name(), binder, seen);
    }

    MatchPattern destructuring(DestructuringContext d, Binder binder, Set<String> seen) {
        if (d.listPattern() != null) {
            LingoParser.ListPatternContext list = d.listPattern();
            List<MatchPattern> elements = new ArrayList<>();
            for (PatternContext e : list.pattern()) {
                elements.add(pattern(e, binder, seen));
            }
            int rest = -1;
            if (list.restPattern() != null) {
                NameContext name = list.restPattern().name();
                rest = name.getText().equals("_") ? state.scope.hiddenSlot("...") : slot(name, binder, seen);
            }
            return new MatchPattern.ListPattern(elements.toArray(new MatchPattern[0]), rest);
        }
        List<String> fields = new ArrayList<>();
        List<MatchPattern> patterns = new ArrayList<>();
        for (FieldPatternContext f : d.recordPattern().fieldPattern()) {
            String field = f.fieldName().getText();
            if (fields.contains(field)) {
                throw state.error(f, "Field `" + field + "` appears twice in this pattern", "remove one of them");
            }
            fields.add(field);
            if (f.pattern() != null) {
                patterns.add(pattern(f.pattern(), binder, seen));
            } else if (f.fieldName().name() == null) {
                throw state.error(f, "`" + field + "` is a keyword, so it cannot name a variable",
                                "bind the field to another name: `{" + field + ": other}`");
            } else {
                patterns.add(bind(f.fieldName().name(), binder, seen));
            }
        }
        return new MatchPattern.RecordPattern(fields.toArray(new String[0]), patterns.toArray(new MatchPattern[0]));
    }

    private MatchPattern bind(NameContext name, Binder binder, Set<String> seen) {
        if (name.getText().equals("_")) {
            return new MatchPattern.Wildcard();
        }
        return new MatchPattern.Bind(slot(name, binder, seen));
    }

    private int slot(NameContext name, Binder binder, Set<String> seen) {
        if (!seen.add(name.getText())) {
            throw state.error(name, "`" + name.getText() + "` is bound twice in this pattern", "give each part its own name");
        }
        return binder.slot(name);
    }

    /** The names a destructuring binds, in order (for a module's first pass). */
    static void names(DestructuringContext d, List<NameContext> out) {
        if (d.listPattern() != null) {
            d.listPattern().pattern().forEach(p -> names(p, out));
            if (d.listPattern().restPattern() != null) {
                out.add(d.listPattern().restPattern().name());
            }
            return;
        }
        for (FieldPatternContext f : d.recordPattern().fieldPattern()) {
            if (f.pattern() != null) {
                names(f.pattern(), out);
            } else if (f.fieldName().name() != null) {
                out.add(f.fieldName().name());
            }
        }
        out.removeIf(n -> n.getText().equals("_"));
    }

    private static void names(PatternContext p, List<NameContext> out) {
        if (p instanceof LingoParser.BindPatternContext b) {
            out.add(b.name());
        } else if (p instanceof LingoParser.StructurePatternContext s) {
            names(s.destructuring(), out);
        }
    }
}
