package dev.lingo.language.parser;

import dev.lingo.vm.types.LingoType;

import java.util.Map;
import java.util.Set;

/** Names and types already defined when a source is parsed. */
public record KnownNames(Set<String> globals, Map<String, LingoType> types) {

    public static final KnownNames NONE = new KnownNames(Set.of(), Map.of());
}
