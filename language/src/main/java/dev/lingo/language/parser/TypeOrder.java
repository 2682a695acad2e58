package dev.lingo.language.parser;

import org.antlr.v4.runtime.tree.ParseTree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which a module's type declarations are built: each after the types it names, so a
 * type may use one declared further down (spec 6.2). A type that names itself, directly or
 * through others, is reported: recursive types are not supported.
 */
final class TypeOrder {

    private TypeOrder() {
    }

    static List<LingoParser.TypeStatementContext> of(List<LingoParser.TypeStatementContext> types, BuildState state) {
        Map<String, LingoParser.TypeStatementContext> byName = new LinkedHashMap<>();
        for (LingoParser.TypeStatementContext t : types) {
            byName.putIfAbsent(t.name().getText(), t); // a second one is reported as a duplicate when declared
        }
        List<LingoParser.TypeStatementContext> order = new ArrayList<>();
        Set<LingoParser.TypeStatementContext> done = new LinkedHashSet<>();
        for (LingoParser.TypeStatementContext t : types) {
            visit(t, byName, done, new ArrayList<>(), order, state);
        }
        return order;
    }

    private static void visit(LingoParser.TypeStatementContext t, Map<String, LingoParser.TypeStatementContext> byName,
                    Set<LingoParser.TypeStatementContext> done, List<String> path, List<LingoParser.TypeStatementContext> order,
                    BuildState state) {
        if (done.contains(t)) {
            return;
        }
        String name = t.name().getText();
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            throw state.error(t.name(), "Type `" + name + "` refers to itself (" + String.join(" -> ", cycle)
                            + "): recursive types are not supported",
                            "give the nesting a fixed depth (`{children: [Leaf]}`), or keep the nested part as a JSON string");
        }
        path.add(name);
        for (String used : namedTypes(t.type())) {
            LingoParser.TypeStatementContext dependency = byName.get(used);
            if (dependency != null) {
                visit(dependency, byName, done, path, order, state);
            }
        }
        path.remove(path.size() - 1);
        done.add(t);
        order.add(t);
    }

    /** The names a type expression uses (`Address` in `{home: Address?}`), builtin or not. */
    private static Set<String> namedTypes(ParseTree type) {
        Set<String> names = new LinkedHashSet<>();
        Deque<ParseTree> todo = new ArrayDeque<>();
        todo.push(type);
        while (!todo.isEmpty()) {
            ParseTree t = todo.pop();
            if (t instanceof LingoParser.NamedTypeContext named) {
                names.add(named.name().getText());
            }
            for (int i = 0; i < t.getChildCount(); i++) {
                todo.push(t.getChild(i));
            }
        }
        return names;
    }
}
