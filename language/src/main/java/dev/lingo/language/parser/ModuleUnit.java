package dev.lingo.language.parser;

import com.oracle.truffle.api.RootCallTarget;

import dev.lingo.vm.types.LingoType;

import java.util.List;
import java.util.Map;

/**
 * A parsed module: the code of its top level, what it exports (top-level names and types that do
 * not start with {@code _}).
 */
public record ModuleUnit(String key, RootCallTarget topLevel, List<String> exports, Map<String, LingoType> exportedTypes) {
}
