/**
 * OpenAI-compatible Chat Completions ({@code POST /chat/completions}): OpenAI itself, vLLM, the
 * llama.cpp server, Ollama's {@code /v1}, LM Studio. Structured output through
 * {@code response_format: json_schema} with {@code strict: true}; usage including cached prompt tokens.
 */
package dev.lingo.vm.provider.openai;
