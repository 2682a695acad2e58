package dev.lingo.vm.schema;

/**
 * Which dialect of JSON Schema to produce. Providers' structured-output modes accept subsets of
 * 2020-12; each profile stays inside the subset its consumer accepts.
 */
public enum SchemaProfile {

    /** Plain JSON Schema 2020-12: {@code $schema}, optional fields absent or null, {@code $defs} for repeated records. */
    STANDARD(true, false, false, true),

    /**
     * OpenAI {@code response_format} with {@code strict: true}: root must be an object, every property
     * is required (optional ones become nullable), no {@code $ref} siblings, so records are inlined.
     */
    OPENAI_STRICT(false, true, true, false),

    /** Anthropic tool {@code input_schema}: root must be an object; otherwise plain 2020-12. */
    ANTHROPIC_TOOL(false, true, false, true);

    private final boolean dialectKeyword;
    private final boolean objectRoot;
    private final boolean allRequired;
    private final boolean definitions;

    SchemaProfile(boolean dialectKeyword, boolean objectRoot, boolean allRequired, boolean definitions) {
        this.dialectKeyword = dialectKeyword;
        this.objectRoot = objectRoot;
        this.allRequired = allRequired;
        this.definitions = definitions;
    }

    /** Whether the root carries {@code "$schema": ".../2020-12/schema"}. */
    public boolean dialectKeyword() {
        return dialectKeyword;
    }

    /** Whether a non-record answer must be wrapped as {@code {"value": ...}}. */
    public boolean objectRoot() {
        return objectRoot;
    }

    /** Whether optional fields are listed as required and expressed as nullable. */
    public boolean allRequired() {
        return allRequired;
    }

    /** Whether a named record used more than once may go to {@code $defs}. */
    public boolean definitions() {
        return definitions;
    }
}
