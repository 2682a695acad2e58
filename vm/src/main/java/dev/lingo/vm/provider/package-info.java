/**
 * The provider contract ({@link dev.lingo.vm.provider.Provider}: a {@link dev.lingo.vm.provider.ModelRequest}
 * in, a {@link dev.lingo.vm.provider.ModelResponse} out) and what every HTTP provider shares: a JSON
 * client over {@code java.net.http}, endpoints and API keys that never print themselves, and typed
 * errors for HTTP statuses, timeouts and unreadable bodies. The wire protocols live in the
 * {@code openai}, {@code anthropic} and {@code ollama} subpackages.
 */
package dev.lingo.vm.provider;
