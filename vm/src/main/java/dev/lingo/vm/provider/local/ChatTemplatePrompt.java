package dev.lingo.vm.provider.local;

import de.kherud.llama.InferenceParameters;
import de.kherud.llama.LlamaModel;
import de.kherud.llama.Pair;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * The prompt text for a conversation, rendered with the chat template stored in the GGUF file
 * (each instruct model was trained on its own; llama.cpp falls back to ChatML when a file has none).
 */
final class ChatTemplatePrompt {

    private ChatTemplatePrompt() {
    }

    static String render(LlamaModel model, ModelRequest request) {
        List<Pair<String, String>> turns = new ArrayList<>();
        for (Message m : request.turns()) {
            turns.add(new Pair<>(m.role() == Role.ASSISTANT ? "assistant" : "user", m.content()));
        }
        String system = request.systemPrompt();
        InferenceParameters p = new InferenceParameters("")
                .setMessages(system == null ? "" : system, turns)
                .setUseChatTemplate(true);
        return model.applyTemplate(p);
    }
}
