package dev.lingo.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lingo.language.builtins.BuiltinRegistry;

import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every Java builtin is bound by exactly one {@code external fn} in the standard library, and vice versa. */
class BuiltinBindingTest {

    private static final List<String> MODULES = List.of("prelude", "json", "math", "text", "list", "time", "sem");
    private static final Pattern EXTERNAL = Pattern.compile("(?m)^external fn (\\w+)");

    @Test
    void everyBuiltinIsBoundOnceAndEveryExternalHasABuiltin() throws IOException {
        Set<String> declared = new TreeSet<>();
        for (String module : MODULES) {
            Matcher m = EXTERNAL.matcher(stdlibText(module));
            while (m.find()) {
                assertTrue(declared.add(module + "." + m.group(1)), "declared twice: " + module + "." + m.group(1));
            }
        }
        assertEquals(new TreeSet<>(BuiltinRegistry.all().keySet()), declared,
                        "Java builtins and `external fn` declarations differ");
    }

    @Test
    void everyStdlibModuleLoads() {
        try (Context context = Context.create("lingo")) {
            for (String module : MODULES) {
                if (!module.equals("prelude")) {
                    context.eval("lingo", "import \"std:" + module + "\" as m" + module);
                }
            }
            assertEquals(4.0, context.eval("lingo", "mmath.sqrt(16)").asDouble());
            assertEquals("Hello", context.eval("lingo", "mtext.capitalize(\"hello\")").asString());
            assertEquals(2, context.eval("lingo", "mlist.chunks([1, 2, 3], 2)").getArraySize());
        }
    }

    private static String stdlibText(String module) throws IOException {
        try (InputStream in = BuiltinBindingTest.class.getClassLoader().getResourceAsStream("lingo/std/" + module + ".lingo")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
