package org.comptoir.store.lucene;

import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The one analyzer of post documents, shared by the IndexWriter, Lucene Monitor and the query
 * translator: each field named in {@link PostFields} gets its chain ({@code text_fr} French
 * stemming, {@code text_folded} folded only, {@code text_case} case-sensitive…). Fields not
 * listed (keyword fields are not analysed anyway) use the folded, unstemmed chain.
 */
public final class PostAnalyzers {
    private static final Analyzer ANALYZER = build();

    private PostAnalyzers() {
    }

    /** The shared, thread-safe analyzer. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    private static Analyzer build() {
        Map<String, Analyzer> perField = new HashMap<>();
        for (String base : new String[] {PostFields.TEXT, PostFields.TITLE}) {
            for (String lang : PostFields.STEMMED_LANGUAGES) {
                perField.put(base + "_" + lang, new SocialAnalyzer(lang));
            }
            perField.put(base + "_" + PostFields.OTHER, new SocialAnalyzer(PostFields.OTHER));
            perField.put(PostFields.folded(base), new SocialAnalyzer(PostFields.FOLDED));
            perField.put(PostFields.exactCase(base), new SocialAnalyzer(PostFields.CASE));
        }
        return new PerFieldAnalyzerWrapper(new SocialAnalyzer(PostFields.FOLDED), perField);
    }
}
