package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.sentiment.SentimentResult;

/** Extracts and keeps the feature vectors of many labelled posts, for training. */
final class Vectoriser {
    private Vectoriser() {
    }

    static List<FeatureBuffer.Vector> vectorise(List<LabelledPost> posts, FeatureExtractor extractor) {
        return vectorise(posts, extractor, null);
    }

    /** As above, with each post's tone ({@code tones} aligned with {@code posts}; null: no tones). */
    static List<FeatureBuffer.Vector> vectorise(List<LabelledPost> posts, FeatureExtractor extractor, List<SentimentResult> tones) {
        TokenBuffer tokens = IntentTokeniser.newBuffer();
        CueHits hits = new CueHits();
        FeatureBuffer features = new FeatureBuffer();
        List<FeatureBuffer.Vector> vectors = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            LabelledPost post = posts.get(i);
            SentimentResult tone = tones == null ? null : tones.get(i);
            IntentTokeniser.tokenise(post.text(), tokens);
            CueMatcher.defaultMatcher().match(tokens, hits);
            extractor.extract(tokens, hits, post.lang(), tone == null ? null : tone.sentiment(), tone == null ? 0 : tone.confidence(), features);
            vectors.add(features.copy());
        }
        return vectors;
    }
}
