package dev.lingo.language.parser;

import dev.lingo.language.parser.LingoParser.FieldTypeContext;
import dev.lingo.language.parser.LingoParser.PostfixTypeContext;
import dev.lingo.language.parser.LingoParser.RangeBoundContext;
import dev.lingo.language.runtime.NumberText;
import dev.lingo.vm.types.LingoType;
import dev.lingo.vm.types.LingoType.Field;
import dev.lingo.vm.types.LingoType.FloatType;
import dev.lingo.vm.types.LingoType.IntType;
import dev.lingo.vm.types.LingoType.ListType;
import dev.lingo.vm.types.LingoType.LiteralUnionType;
import dev.lingo.vm.types.LingoType.OptionalType;
import dev.lingo.vm.types.LingoType.RecordType;
import dev.lingo.vm.types.LingoType.UnionType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds {@link LingoType}s from type syntax, resolving names against builtin and declared types. */
final class TypeBuilder extends LingoParserBaseVisitor<LingoType> {

    static final Map<String, LingoType> BUILTIN = Map.ofEntries(Map.entry("Any", LingoType.ANY), Map.entry("Null", LingoType.NULL),
                    Map.entry("Bool", LingoType.BOOL), Map.entry("Int", LingoType.INT), Map.entry("Float", LingoType.FLOAT),
                    Map.entry("String", LingoType.STRING), Map.entry("Fn", LingoType.FUNCTION),
                    Map.entry("List", new ListType(LingoType.ANY)), Map.entry("Record", new RecordType(null, List.of())),
                    Map.entry("Map", LingoType.MAP), Map.entry("Set", LingoType.SET));

    private final BuildState state;
    private String declaring;

    TypeBuilder(BuildState state) {
        this.state = state;
    }

    /** Builds the right-hand side of {@code type name = …}; records take the declared name. */
    LingoType declaration(String name, LingoParser.TypeContext ctx) {
        declaring = name;
        try {
            return visit(ctx);
        } finally {
            declaring = null;
        }
    }

    @Override
    public LingoType visitType(LingoParser.TypeContext ctx) {
        return union(ctx.postfixType());
    }

    @Override
    public LingoType visitPatternType(LingoParser.PatternTypeContext ctx) {
        return union(ctx.postfixType());
    }

    private LingoType union(List<PostfixTypeContext> members) {
        if (members.size() == 1) {
            return visit(members.get(0));
        }
        String name = declaring;
        declaring = null;
        List<LingoType> options = new ArrayList<>();
        for (PostfixTypeContext p : members) {
            options.add(visit(p));
        }
        declaring = name;
        if (options.stream().allMatch(t -> t instanceof LiteralUnionType)) {
            Set<String> values = new LinkedHashSet<>();
            for (LingoType t : options) {
                values.addAll(((LiteralUnionType) t).values());
            }
            return new LiteralUnionType(new ArrayList<>(values));
        }
        return new UnionType(options);
    }

    @Override
    public LingoType visitPostfixType(PostfixTypeContext ctx) {
        LingoType t = visit(ctx.primaryType());
        if (ctx.rangeSuffix() != null) {
            return range(t.resolved(), ctx.rangeSuffix(), ctx);
        }
        return ctx.QUESTION().isEmpty() ? t : new OptionalType(t);
    }

    private LingoType range(LingoType base, LingoParser.RangeSuffixContext suffix, PostfixTypeContext ctx) {
        int dots = suffix.DOTDOT().getSymbol().getTokenIndex();
        RangeBoundContext lo = null;
        RangeBoundContext hi = null;
        for (RangeBoundContext b : suffix.rangeBound()) {
            if (b.getStart().getTokenIndex() < dots) {
                lo = b;
            } else {
                hi = b;
            }
        }
        if (base instanceof IntType) {
            Long min = lo == null ? null : intBound(lo);
            Long max = hi == null ? null : intBound(hi);
            if (min != null && max != null && min > max) {
                throw state.error(ctx, "The range " + min + ".." + max + " is empty", "write the smaller bound first");
            }
            return new IntType(min, max);
        } else if (base instanceof FloatType) {
            Double min = lo == null ? null : NumberText.floatValue(lo.getText());
            Double max = hi == null ? null : NumberText.floatValue(hi.getText());
            return new FloatType(min, max);
        }
        throw state.error(ctx, "Only Int and Float can have a range, not " + base.display(), "e.g. `Int in 1..5`");
    }

    private Long intBound(RangeBoundContext b) {
        if (b.FLOAT() != null) {
            throw state.error(b, "An Int range needs Int bounds", "write e.g. `Int in 1..5`");
        }
        return Literals.parseInt(b.getText(), b, state);
    }

    @Override
    public LingoType visitNamedType(LingoParser.NamedTypeContext ctx) {
        String name = ctx.name().getText();
        LingoType builtin = BUILTIN.get(name);
        if (builtin != null) {
            return builtin;
        }
        LingoType declared = state.types.get(name);
        if (declared != null) {
            return declared;
        }
        Set<String> all = new HashSet<>(BUILTIN.keySet());
        all.addAll(state.types.keySet());
        throw state.error(ctx, "Unknown type `" + name + "`" + Suggestions.didYouMean(name, all),
                        "declare it with `type " + name + " = …` before this line, or import the module that declares it");
    }

    /** {@code schema "invoice.schema.json"}: a type read from a JSON Schema file next to the source. */
    @Override
    public LingoType visitSchemaFileType(LingoParser.SchemaFileTypeContext ctx) {
        String path = StringLiterals.plain(ctx.plainString(), state);
        java.nio.file.Path file = java.nio.file.Path.of(path);
        if (!file.isAbsolute() && state.source.getPath() != null) {
            java.nio.file.Path dir = java.nio.file.Path.of(state.source.getPath()).toAbsolutePath().getParent();
            file = dir == null ? file : dir.resolve(path);
        }
        try {
            LingoType type = dev.lingo.vm.schema.JsonSchemaReader.read(file);
            return declaring != null && type instanceof RecordType r ? new RecordType(declaring, r.fields()) : type;
        } catch (java.io.IOException | SecurityException e) {
            throw state.error(ctx.plainString(), "Cannot read the JSON Schema " + file + ": " + e.getMessage(), null);
        } catch (RuntimeException e) {
            throw state.error(ctx.plainString(), "The JSON Schema " + file + " cannot be a Lingo type: " + e.getMessage(),
                            "Lingo reads objects, arrays, strings with enum, integers and numbers with minimum/maximum, booleans, anyOf and nullable types");
        }
    }

    @Override
    public LingoType visitNullType(LingoParser.NullTypeContext ctx) {
        return LingoType.NULL;
    }

    @Override
    public LingoType visitFnType(LingoParser.FnTypeContext ctx) {
        return LingoType.FUNCTION;
    }

    @Override
    public LingoType visitLiteralType(LingoParser.LiteralTypeContext ctx) {
        return new LiteralUnionType(List.of(StringLiterals.plain(ctx.plainString(), state)));
    }

    @Override
    public LingoType visitListType(LingoParser.ListTypeContext ctx) {
        String name = declaring;
        declaring = null;
        LingoType element = visit(ctx.type(0));
        LingoType value = ctx.type().size() > 1 ? visit(ctx.type(1)) : null;
        declaring = name;
        return value == null ? new ListType(element) : new LingoType.MapType(element, value);
    }

    @Override
    public LingoType visitParenType(LingoParser.ParenTypeContext ctx) {
        return visit(ctx.type());
    }

    @Override
    public LingoType visitRecordType(LingoParser.RecordTypeContext ctx) {
        String name = declaring;
        declaring = null;
        List<Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (FieldTypeContext f : ctx.fieldType()) {
            String fieldName = f.fieldName().getText();
            if (!seen.add(fieldName)) {
                throw state.error(f.fieldName(), "Field `" + fieldName + "` is declared twice", "remove one of them");
            }
            String description = f.plainString() == null ? null : StringLiterals.plain(f.plainString(), state);
            fields.add(new Field(fieldName, visit(f.type()), description));
        }
        declaring = name;
        return new RecordType(name, fields);
    }
}
