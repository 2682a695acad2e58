/**
 * Anthropic Messages ({@code POST /v1/messages}). Structured output is a forced tool: the answer's
 * schema is the tool's {@code input_schema} and {@code tool_choice} names it, so the answer arrives
 * as the tool call's {@code input}. Usage includes cache read and cache write tokens.
 */
package dev.lingo.vm.provider.anthropic;
