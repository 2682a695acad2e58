package dev.lingo.language;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.source.Source;

import dev.lingo.language.parser.KnownNames;
import dev.lingo.language.parser.LingoParserFront;
import dev.lingo.language.parser.ModuleLoader;
import dev.lingo.language.parser.ModuleUnit;
import dev.lingo.language.runtime.Display;
import dev.lingo.language.runtime.ModuleScope;
import dev.lingo.vm.types.LingoType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Loads modules for a context: {@code std:name} from the stdlib jar, paths relative to the importer. */
public final class ContextModules implements ModuleLoader {

    private final LingoContext context;
    private final Map<String, ModuleUnit> units = new LinkedHashMap<>();
    private final List<String> loading = new ArrayList<>();

    ContextModules(LingoContext context) {
        this.context = context;
    }

    @Override
    @TruffleBoundary
    public synchronized ModuleUnit load(String spec, Source importer) {
        Source source;
        String key;
        if (spec.startsWith("std:")) {
            key = spec.equals("std:" + LingoContext.PRELUDE) ? LingoContext.PRELUDE : spec;
            source = stdlibSource(spec.substring(4));
        } else {
            TruffleFile file;
            try {
                file = resolve(spec, importer);
            } catch (SecurityException e) {
                throw new ImportFailure("Cannot import \"" + spec + "\": this program may not read files",
                                "its embedder (or `lingo run --sandbox`) allows no file IO; std: modules can still be imported");
            }
            key = file.getPath();
            try {
                String text = SourceText.decode(FileBytes.read(file));
                source = Source.newBuilder(LingoLanguage.ID, file).content(text).build();
            } catch (SourceText.NotUtf8 e) {
                throw new ImportFailure("Module \"" + spec + "\" is not valid UTF-8: " + e.getMessage(),
                                "save " + file.getName() + " as UTF-8 text");
            } catch (FileBytes.Unreadable e) {
                throw new ImportFailure("Cannot read module \"" + spec + "\": " + e.getMessage(), "import a .lingo source file");
            } catch (IOException | SecurityException e) {
                throw new ImportFailure("Cannot read module \"" + spec + "\"", "tried " + file.getPath());
            }
        }
        ModuleUnit cached = units.get(key);
        if (cached != null) {
            return cached;
        }
        if (loading.contains(key)) {
            List<String> cycle = new ArrayList<>(loading.subList(loading.indexOf(key), loading.size()));
            cycle.add(key);
            throw new ImportFailure("Import cycle: " + String.join(" -> ", cycle.stream().map(ContextModules::shortName).toList()),
                            "move what both modules need into a third module");
        }
        loading.add(key);
        try {
            ModuleUnit unit = LingoParserFront.parse(context.language(), source, key, this, false);
            units.put(key, unit);
            return unit;
        } finally {
            loading.remove(key);
        }
    }

    private TruffleFile resolve(String spec, Source importer) {
        TruffleFile base;
        if (importer != null && importer.getPath() != null) {
            base = context.env().getPublicTruffleFile(importer.getPath()).getAbsoluteFile().getParent();
        } else {
            base = context.env().getCurrentWorkingDirectory();
        }
        TruffleFile file;
        try {
            file = base.resolve(spec).normalize();
        } catch (InvalidPathException e) {
            throw new ImportFailure("Cannot import " + Display.repr(spec) + ": " + e.getReason(),
                            "write the module's path without control characters");
        }
        if (!file.exists()) {
            throw new ImportFailure("Cannot find module \"" + spec + "\"", "looked for " + file.getPath());
        }
        try {
            return file.getCanonicalFile();
        } catch (IOException e) {
            return file;
        }
    }

    private static Source stdlibSource(String name) {
        String resource = "lingo/std/" + name + ".lingo";
        try (InputStream in = ContextModules.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null || !name.matches("[a-z_]+")) {
                throw new ImportFailure("There is no standard-library module \"std:" + name + "\"",
                                "the standard library has std:math, std:json, std:text, std:list, std:time and std:sem");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            // Internal, as builtins are: an error raised inside a std function is reported from the user's
            // call of it, not from the library's own lines.
            return Source.newBuilder(LingoLanguage.ID, text, "std/" + name + ".lingo").internal(true).build();
        } catch (IOException e) {
            throw new ImportFailure("Cannot read the standard-library module std:" + name, e.getMessage());
        }
    }

    private static String shortName(String key) {
        int slash = key.lastIndexOf('/');
        return slash < 0 ? key : key.substring(slash + 1);
    }

    @Override
    @TruffleBoundary
    public KnownNames knownNames(String moduleKey) {
        if (moduleKey.equals(LingoContext.PRELUDE)) {
            return KnownNames.NONE;
        }
        ModuleScope prelude = context.scope(LingoContext.PRELUDE);
        Set<String> globals = new LinkedHashSet<>(prelude.cells().keySet());
        Map<String, LingoType> types = new LinkedHashMap<>(prelude.types());
        if (moduleKey.equals(LingoContext.MAIN)) {
            ModuleScope main = context.scope(LingoContext.MAIN);
            globals.addAll(main.cells().keySet());
            types.putAll(main.types());
        }
        return new KnownNames(globals, types);
    }
}
