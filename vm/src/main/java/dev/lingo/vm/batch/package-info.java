/**
 * Fewer, cheaper requests for the same answers. Prompt packing ({@link dev.lingo.vm.batch.PromptPacker}):
 * short classify/check/extract opcodes of one shape that arrive within a few milliseconds go out as
 * one request (rendered by {@link dev.lingo.vm.opcode.PackedPromptRenderer}) and are unpacked item
 * by item; what does not line up is asked alone. Batch mode ({@link dev.lingo.vm.batch.BatchCollector}):
 * requests are held back until the program waits, then sent together through a
 * {@link dev.lingo.vm.batch.BatchSender} (the OpenAI Batch API, in {@code batch.openai}). Both sit
 * behind the answer cache, so every item is cached under its own single-request key.
 */
package dev.lingo.vm.batch;
