/**
 * Lingo types as JSON Schema 2020-12 and back. {@link dev.lingo.vm.schema.JsonSchemaWriter} renders
 * a type for a {@link dev.lingo.vm.schema.SchemaProfile} (plain 2020-12, OpenAI strict, Anthropic
 * tool input); {@link dev.lingo.vm.schema.StructuredSchema} is what a provider sends (wrapped in an
 * object when the provider needs one) plus its stable hash; {@link dev.lingo.vm.schema.JsonSchemaReader}
 * declares a type from the subset of JSON Schema we emit.
 */
package dev.lingo.vm.schema;
