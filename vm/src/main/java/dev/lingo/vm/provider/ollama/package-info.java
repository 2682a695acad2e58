/**
 * Ollama's native chat API ({@code POST /api/chat}, {@code stream: false}) with {@code format} set
 * to the answer's JSON Schema, which Ollama enforces with a grammar.
 */
package dev.lingo.vm.provider.ollama;
