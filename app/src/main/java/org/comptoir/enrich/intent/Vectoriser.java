package org.comptoir.enrich.intent;

import java.util.ArrayList;
import java.util.List;

/** Extracts and keeps the feature vectors of many labelled posts, for training. */
final class Vectoriser {
    private Vectoriser() {
    }

    static List<FeatureBuffer.Vector> vectorise(List<LabelledPost> posts, FeatureExtractor extractor) {
        TokenBuffer tokens = IntentTokeniser.newBuffer();
        CueHits hits = new CueHits();
        FeatureBuffer features = new FeatureBuffer();
        List<FeatureBuffer.Vector> vectors = new ArrayList<>(posts.size());
        for (LabelledPost post : posts) {
            IntentTokeniser.tokenise(post.text(), tokens);
            CueMatcher.defaultMatcher().match(tokens, hits);
            extractor.extract(tokens, hits, post.lang(), features);
            vectors.add(features.copy());
        }
        return vectors;
    }
}
