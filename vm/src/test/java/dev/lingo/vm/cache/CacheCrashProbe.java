package dev.lingo.vm.cache;

import dev.lingo.vm.call.ModelCaller;
import dev.lingo.vm.provider.Endpoint;
import dev.lingo.vm.provider.Message;
import dev.lingo.vm.provider.ModelRequest;
import dev.lingo.vm.provider.openai.OpenAiProvider;
import dev.lingo.vm.trace.PriceTable;
import dev.lingo.vm.trace.TraceSink;
import java.nio.file.Path;

/**
 * A program run in a child JVM by {@link CrashRecoveryTest}: asks {@code n} questions one after
 * the other through the cache, printing {@code done <i> <source> <answer>} after each.
 * Arguments: the OpenAI base URL, the cache folder, n.
 */
public final class CacheCrashProbe {

    public static void main(String[] args) {
        String base = args[0];
        int n = Integer.parseInt(args[2]);
        PriceTable prices = PriceTable.builtIn();
        try (OpenAiProvider provider = new OpenAiProvider(Endpoint.of(base));
             AnswerCache cache = AnswerCache.open(CacheSettings.in(Path.of(args[1])), prices)) {
            ModelCaller caller = new ModelCaller(provider, prices, TraceSink.NONE);
            CachingCaller front = new CachingCaller(cache, null, null, prices);
            for (int i = 0; i < n; i++) {
                ModelRequest request = ModelRequest.of("gpt-4o-mini", null, Message.user("item " + i));
                SourcedAnswer a = front.call("openai " + base, provider, request, () -> caller.call(request));
                System.out.println("done " + i + " " + a.source() + " " + a.answer().value().asText());
                System.out.flush();
            }
            System.out.println("finished " + cache.stats().summary());
        }
    }
}
