package dev.lingo.vm.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lingo.vm.json.Json;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** How a remembered record is laid out in Lucene, and read back: one document per record. */
final class MemoryDocuments {

    static final String ID = "id";
    static final String TEXT = "text";
    static final String VECTOR = "vector";
    static final String META = "meta";
    /** Each metadata entry is also an exact-match keyword field {@code m.<name>}, for filters. */
    static final String META_FIELD = "m.";

    private MemoryDocuments() {
    }

    /** The same text with the same metadata is one record: remembering it again replaces it (reruns do not pile up copies). */
    static String id(MemoryEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((entry.text() + "\0" + metaJson(entry.meta())).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static Document document(MemoryEntry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, id(entry), Field.Store.YES));
        doc.add(new TextField(TEXT, entry.text(), Field.Store.YES));
        doc.add(new KnnFloatVectorField(VECTOR, entry.vector(), VectorSimilarityFunction.COSINE));
        doc.add(new StoredField(META, metaJson(entry.meta())));
        entry.meta().forEach((name, value) -> doc.add(new StringField(META_FIELD + name, filterText(value), Field.Store.NO)));
        return doc;
    }

    static Recalled recalled(Document doc, double score) {
        JsonNode meta;
        try {
            meta = Json.parse(doc.get(META));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new MemoryException("A record of this memory has damaged metadata: " + e.getOriginalMessage(), e);
        }
        Map<String, Object> values = new TreeMap<>();
        meta.properties().forEach(e -> values.put(e.getKey(), value(e.getValue())));
        return new Recalled(doc.get(TEXT), values, score);
    }

    /** Records whose metadata has each of {@code filter}'s values; every record when it is empty. */
    static Query filter(Map<String, Object> filter) {
        if (filter.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        new TreeMap<>(filter).forEach((name, value) -> b.add(new TermQuery(new Term(META_FIELD + name, filterText(value))),
                BooleanClause.Occur.FILTER));
        return b.build();
    }

    /** Whole numbers match whether written 2 or 2.0. */
    static String filterText(Object value) {
        if (value instanceof Double d && d == Math.rint(d) && !Double.isInfinite(d)) {
            return Long.toString(d.longValue());
        }
        return String.valueOf(value);
    }

    private static String metaJson(Map<String, Object> meta) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        new TreeMap<>(meta).forEach((name, value) -> {
            switch (value) {
                case Long l -> node.put(name, l);
                case Integer i -> node.put(name, i);
                case Double d -> node.put(name, d);
                case Boolean bool -> node.put(name, bool);
                default -> node.put(name, String.valueOf(value));
            }
        });
        return Json.write(node);
    }

    private static Object value(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.asLong();
        } else if (node.isNumber()) {
            return node.asDouble();
        } else if (node.isBoolean()) {
            return node.asBoolean();
        }
        return node.asText();
    }
}
