package dev.lingo.vm.provider.offline;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sentence embeddings from the quantized all-MiniLM-L6-v2 model inside the langchain4j jar: no
 * download, no network. Loaded once per JVM on first use (~0.3 s). Vectors are unit length, so
 * cosine similarity is a dot product. Recent texts are remembered: labels and field names repeat.
 */
final class MiniLmEmbedder {

    private static final int REMEMBERED = 4096;
    private static volatile EmbeddingModel model;
    private static final Map<String, float[]> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > REMEMBERED;
        }
    };

    static {
        QuietLogging.apply(); // before any langchain4j class asks SLF4J for a logger
    }

    private MiniLmEmbedder() {
    }

    static float[] embed(String text) {
        return embedAll(List.of(text)).getFirst();
    }

    static List<float[]> embedAll(List<String> texts) {
        List<float[]> result = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        synchronized (recent) {
            for (String t : texts) {
                float[] v = recent.get(t);
                result.add(v);
                if (v == null && !missing.contains(t)) {
                    missing.add(t);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<TextSegment> segments = missing.stream().map(t -> TextSegment.from(t.isBlank() ? "(empty)" : t)).toList();
            var embeddings = model().embedAll(segments).content();
            synchronized (recent) {
                for (int i = 0; i < missing.size(); i++) {
                    recent.put(missing.get(i), normalise(embeddings.get(i).vector()));
                }
                for (int i = 0; i < texts.size(); i++) {
                    if (result.get(i) == null) {
                        result.set(i, recent.get(texts.get(i)));
                    }
                }
            }
        }
        return result;
    }

    static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    static double similarity(String a, String b) {
        List<float[]> v = embedAll(List.of(a, b));
        return cosine(v.get(0), v.get(1));
    }

    private static EmbeddingModel model() {
        EmbeddingModel m = model;
        if (m == null) {
            synchronized (MiniLmEmbedder.class) {
                if (model == null) {
                    // DJL, under the model, otherwise calls home on first use (a request to the EC2 metadata
                    // address 169.254.169.254, found by fuzzing): an offline model must not touch the network
                    System.setProperty("OPT_OUT_TRACKING", "true");
                    // a direct executor: no pool threads that could outlive the program
                    model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
                }
                m = model;
            }
        }
        return m;
    }

    private static float[] normalise(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * scale;
        }
        return out;
    }
}
