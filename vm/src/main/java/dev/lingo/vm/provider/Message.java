package dev.lingo.vm.provider;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** One chat message as sent to a model; a user message may carry images after its text. */
public record Message(Role role, String content, List<ImageInput> images) {

    public Message {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
        images = images == null ? List.of() : List.copyOf(images);
        if (!images.isEmpty() && role != Role.USER) {
            throw new IllegalArgumentException("only a user message carries images");
        }
    }

    public Message(Role role, String content) {
        this(role, content, List.of());
    }

    public static Message system(String content) {
        return new Message(Role.SYSTEM, content);
    }

    public static Message user(String content) {
        return new Message(Role.USER, content);
    }

    public static Message user(String content, List<ImageInput> images) {
        return new Message(Role.USER, content, images);
    }

    public static Message assistant(String content) {
        return new Message(Role.ASSISTANT, content);
    }

    public boolean hasImages() {
        return !images.isEmpty();
    }

    /** The text, then a placeholder line per image: what a trace or a person sees, never the bytes. */
    public String contentForDisplay() {
        return images.isEmpty() ? content
                : content + "\n" + images.stream().map(ImageInput::placeholder).collect(Collectors.joining("\n"));
    }
}
