/**
 * The four LLM opcodes as data ({@link dev.lingo.vm.opcode.Opcode}, {@link dev.lingo.vm.opcode.OpcodeKind})
 * and {@link dev.lingo.vm.opcode.PromptRenderer}, which words an opcode as the messages a real model
 * receives. The language builds opcodes; providers that answer from structure (the offline model)
 * read them from {@link dev.lingo.vm.provider.ModelRequest#opcode()}.
 */
package dev.lingo.vm.opcode;
