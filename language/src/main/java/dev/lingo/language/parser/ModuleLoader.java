package dev.lingo.language.parser;

import com.oracle.truffle.api.source.Source;

/** Finds, parses and caches imported modules while a module is being built. */
public interface ModuleLoader {

    /** Thrown when an import cannot be loaded; the builder reports it at the import. */
    final class ImportFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        public ImportFailure(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /**
     * @param spec what the import statement says, e.g. {@code "./util.lingo"} or {@code "std:math"}
     * @param importer the importing source, whose folder relative paths start from
     */
    ModuleUnit load(String spec, Source importer);

    /** Global names and types that exist before this source runs (the REPL's earlier inputs, the prelude). */
    KnownNames knownNames(String moduleKey);
}
