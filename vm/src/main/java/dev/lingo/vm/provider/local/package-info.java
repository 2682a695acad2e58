/**
 * Models run in-process: {@link dev.lingo.vm.provider.local.LlamaProvider} (provider name {@code local})
 * runs a GGUF file with llama.cpp through {@code de.kherud:llama}, the answer's JSON Schema turned into
 * a grammar so every answer parses; {@link dev.lingo.vm.provider.local.ModelPull} downloads catalogued
 * models ({@link dev.lingo.vm.provider.local.ModelCatalogue}) into the user's cache with resume and
 * checksum verification. Also here: the workarounds the native engine needs (its JNI library unpacked
 * into Lingo's cache, the JVM exit guard for the thread llama.cpp leaves attached).
 */
package dev.lingo.vm.provider.local;
