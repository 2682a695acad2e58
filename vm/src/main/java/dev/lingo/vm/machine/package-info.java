/**
 * The model machine of one program run: {@link dev.lingo.vm.machine.ModelMachine} takes LLM opcodes
 * ({@code submit} returns a future, {@code run} waits), picks the model ({@link dev.lingo.vm.machine.ModelDefaults}:
 * environment, then {@code lingo.json}, then keys, then the offline default), makes its provider
 * behind the run's scheduler ({@code ProviderFactory}), composes the run's
 * {@link dev.lingo.vm.pipeline.CallPipeline} once, and walks a script's fallback chain
 * ({@code FallbackChain}), asking each model through that pipeline. {@link dev.lingo.vm.machine.ModelSpec}
 * and {@link dev.lingo.vm.machine.CallOptions} are what the language hands over. A
 * {@link dev.lingo.vm.machine.Cascade} is run by {@link dev.lingo.vm.machine.Cascades} on top of
 * the machine: two ordinary submits, the second only when the first answer is not sure enough.
 */
package dev.lingo.vm.machine;
