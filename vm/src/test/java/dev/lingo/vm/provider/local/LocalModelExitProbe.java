package dev.lingo.vm.provider.local;

import dev.lingo.vm.opcode.Opcode;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.testing.TinyLlamaGguf;
import java.nio.file.Path;

/** A program run in a child JVM by {@link NativeThreadExitGuardTest}: uses a local model, then returns or throws. */
public final class LocalModelExitProbe {

    public static void main(String[] args) throws Exception {
        Path gguf = TinyLlamaGguf.write(Path.of(args[0]), 1);
        try (LlamaProvider p = new LlamaProvider(LocalModelConfig.of(gguf))) {
            String answer = p.complete(ModelRequest.forOpcode("tiny", Opcode.check("claim", "text"), 0.5, 8, 1L)).text();
            System.out.println("answer " + answer.strip());
        }
        if (args.length > 1 && args[1].equals("fail")) {
            throw new IllegalStateException("probe failure");
        }
    }
}
