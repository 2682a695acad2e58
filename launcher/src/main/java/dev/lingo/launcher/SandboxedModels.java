package dev.lingo.launcher;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The part of the user's environment a sandboxed program may use: the variables that choose and
 * authorize the user's models (no others, so {@code env("HOME")} is null and {@code apiKeyEnv}
 * can only name a model key), and those models' endpoints, the only hosts it may reach.
 */
record SandboxedModels(Map<String, String> variables, List<String> endpoints) {

    private static final List<String> PASSED = List.of("OPENAI_API_KEY", "OPENAI_BASE_URL", "ANTHROPIC_API_KEY",
            "ANTHROPIC_BASE_URL", "OLLAMA_HOST", "LINGO_MODEL", "LINGO_PACKING");

    static SandboxedModels from(Map<String, String> environment) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String name : PASSED) {
            String value = environment.get(name);
            if (value != null && !value.isBlank()) {
                variables.put(name, value);
            }
        }
        Set<String> endpoints = new LinkedHashSet<>();
        String model = variables.getOrDefault("LINGO_MODEL", "");
        add(endpoints, variables, "OPENAI_BASE_URL", "https://api.openai.com/v1",
                variables.containsKey("OPENAI_API_KEY") || model.startsWith("openai"));
        add(endpoints, variables, "ANTHROPIC_BASE_URL", "https://api.anthropic.com",
                variables.containsKey("ANTHROPIC_API_KEY") || model.startsWith("anthropic"));
        add(endpoints, variables, "OLLAMA_HOST", "http://127.0.0.1:11434", model.startsWith("ollama"));
        return new SandboxedModels(Map.copyOf(variables), new ArrayList<>(endpoints));
    }

    /** The variable's URLs (a comma-separated list), else the provider's default when the user chose the provider. */
    private static void add(Set<String> endpoints, Map<String, String> variables, String urlVariable, String defaultUrl, boolean chosen) {
        String listed = variables.get(urlVariable);
        if (listed != null) {
            Arrays.stream(listed.split(",")).map(String::strip).filter(u -> !u.isEmpty())
                    .map(u -> (u.contains("://") ? u : "http://" + u).replaceAll("/+$", ""))
                    .forEach(endpoints::add);
        } else if (chosen) {
            endpoints.add(defaultUrl);
        }
    }
}
