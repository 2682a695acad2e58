package dev.lingo.vm.memory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The keyword half: texts are analysed by {@link EnglishAnalyzer} (stop words, possessives, Porter
 * stemming: "boiling" finds "boil"), and a query is any of its words, ranked by BM25.
 */
final class KeywordQuery {

    /** Below Lucene's limit of clauses per query: a whole page as a query still searches its first words. */
    private static final int MAX_WORDS = 512;

    private KeywordQuery() {
    }

    static Analyzer analyzer() {
        return new EnglishAnalyzer();
    }

    /** Null when the query has no words left after analysis (only stop words or punctuation). */
    static Query of(Analyzer analyzer, String text, Query filter) {
        Set<String> words = new LinkedHashSet<>();
        try (TokenStream tokens = analyzer.tokenStream(MemoryDocuments.TEXT, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken() && words.size() < MAX_WORDS) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String: does not happen
        }
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        words.forEach(w -> b.add(new TermQuery(new Term(MemoryDocuments.TEXT, w)), BooleanClause.Occur.SHOULD));
        b.add(filter, BooleanClause.Occur.FILTER);
        b.setMinimumNumberShouldMatch(1); // beside a FILTER clause, SHOULD clauses would otherwise be optional
        return b.build();
    }
}
