/**
 * The four LLM opcodes as data ({@link dev.lingo.vm.opcode.Opcode}, {@link dev.lingo.vm.opcode.OpcodeKind})
 * and {@link dev.lingo.vm.opcode.PromptRenderer}, which words an opcode as the messages a real model
 * receives ({@link dev.lingo.vm.opcode.PackedPromptRenderer}: several opcodes of one shape as one
 * request, for prompt packing). The language builds opcodes; providers that answer from structure (the offline model)
 * read them from {@link dev.lingo.vm.provider.ModelRequest#opcode()}.
 */
package dev.lingo.vm.opcode;
