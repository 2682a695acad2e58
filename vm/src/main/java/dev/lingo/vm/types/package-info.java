/**
 * The Lingo type model shared by the language (run-time checks) and the model machine (schemas,
 * answer validation). {@link dev.lingo.vm.types.LingoType} is a sealed family of immutable records.
 */
package dev.lingo.vm.types;
