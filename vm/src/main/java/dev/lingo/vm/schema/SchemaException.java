package dev.lingo.vm.schema;

/** A type that has no JSON Schema (a function), or a schema we cannot turn into a Lingo type. */
public final class SchemaException extends RuntimeException {

    public SchemaException(String message) {
        super(message);
    }
}
