package dev.lingo.vm.machine;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * What the embedder lets a run reach, beyond its own memory: files (the answer cache, lingo.json,
 * batch journals, local model files), the network (model endpoints), and native code (local
 * models). An endpoint the embedder names is reachable even without network access, so a sandboxed
 * script can use the models its host chose and no others.
 *
 * @param endpoints   base URLs (e.g. {@code https://api.openai.com/v1}) reachable without {@code network}
 * @param cacheFolder where the answer cache lives when the host chose it (option {@code lingo.CacheDir}):
 *                    used even without {@code files}, as the script reaches only its own answers there; null: the usual place
 */
public record MachineAccess(boolean files, boolean network, List<String> endpoints, boolean nativeCode, Path cacheFolder) {

    public static final MachineAccess ALL = new MachineAccess(true, true, List.of(), true, null);

    public MachineAccess(boolean files, boolean network, List<String> endpoints, boolean nativeCode) {
        this(files, network, endpoints, nativeCode, null);
    }

    /** Whether the run may keep an answer cache on disk. */
    public boolean diskCache() {
        return files || cacheFolder != null;
    }

    public MachineAccess {
        endpoints = endpoints.stream().map(MachineAccess::normalized).toList();
    }

    /** Whether a model endpoint at {@code base} may be contacted. */
    public boolean mayConnect(URI base) {
        if (network) {
            return true;
        }
        String url = normalized(base.toString());
        return endpoints.stream().anyMatch(e -> url.equals(e) || url.startsWith(e + "/"));
    }

    private static String normalized(String url) {
        return url.strip().replaceAll("/+$", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** Why {@code base} cannot be contacted, with what the embedder can do about it. */
    String refusal(String provider, URI base) {
        return "model " + provider + " at " + base + " is not allowed: this Lingo context may not open network"
                + " connections (its embedder did not allow socket IO), and " + base + " is not among the endpoints it"
                + " names (option lingo.Endpoints" + (endpoints.isEmpty() ? ", empty" : ": " + String.join(", ", endpoints)) + ")";
    }
}
