package dev.lingo.vm.machine;

import dev.lingo.vm.provider.Provider;
import dev.lingo.vm.provider.local.LlamaProvider;
import dev.lingo.vm.provider.local.LocalModelConfig;
import dev.lingo.vm.provider.offline.OfflineModel;

/** The providers that run on this machine: the offline default and a local GGUF file. */
final class OfflineProviders {

    private OfflineProviders() {
    }

    static Provider offline() {
        return new OfflineModel();
    }

    /** {@code gguf:PATH}, or {@code gguf:NAME} for a model fetched with {@code lingo model pull NAME}. */
    static Provider local(ModelSpec spec) {
        return new LlamaProvider(LocalModelConfig.resolve(spec.setting("path"), System.getenv()));
    }
}
