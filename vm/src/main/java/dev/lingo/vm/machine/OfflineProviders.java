package dev.lingo.vm.machine;

import dev.lingo.vm.provider.Provider;

/** The providers that run on this machine: the offline default and a local GGUF file. */
final class OfflineProviders {

    private OfflineProviders() {
    }

    static Provider offline() {
        throw new UnsupportedOperationException("the offline default model is not built yet");
    }

    static Provider local(ModelSpec spec) {
        throw new UnsupportedOperationException("local GGUF models are not built yet (" + spec.setting("path") + ")");
    }
}
