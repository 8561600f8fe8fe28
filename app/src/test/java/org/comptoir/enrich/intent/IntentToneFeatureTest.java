package org.comptoir.enrich.intent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.comptoir.enrich.sentiment.SentimentResult;
import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;
import org.junit.jupiter.api.Test;

/**
 * The tone feature (ADR 0025): the sentiment model's decision for a post is one more feature of the
 * intent model. Hand-written posts and tones; no model file and no shared data are read.
 */
class IntentToneFeatureTest {

    private static FeatureBuffer features(FeatureSpec spec, String text, Sentiment tone, double confidence) {
        TokenBuffer tokens = IntentTokeniser.newBuffer();
        CueHits hits = new CueHits();
        FeatureBuffer out = new FeatureBuffer();
        IntentTokeniser.tokenise(text, tokens);
        CueMatcher.defaultMatcher().match(tokens, hits);
        new FeatureExtractor(spec).extract(tokens, hits, "en", tone, confidence, out);
        return out;
    }

    @Test
    void theToneAddsOneFeatureOnlyWhenTheSpecWeighsItAndATonesIsGiven() {
        FeatureSpec withTone = new FeatureSpec(12, 3, 5, 0.5f, 2f, 2f);
        FeatureSpec without = new FeatureSpec(12, 3, 5, 0.5f, 2f);
        String text = "the parcel came on Tuesday";
        int plain = features(withTone, text, null, 0).count;
        assertThat(features(withTone, text, Sentiment.POSITIVE, 0.9).count).isEqualTo(plain + 1);
        assertThat(features(without, text, Sentiment.POSITIVE, 0.9).count).isEqualTo(features(without, text, null, 0).count);
        // the polarity decides the bucket: positive and negative tones are different features
        FeatureBuffer positive = features(withTone, text, Sentiment.POSITIVE, 0.9);
        FeatureBuffer negative = features(withTone, text, Sentiment.NEGATIVE, 0.9);
        assertThat(positive.index[positive.count - 1]).isNotEqualTo(negative.index[negative.count - 1]);
    }

    @Test
    void aModelTrainedWithTonesFollowsTheToneWhenTheWordsSayNothing() throws Exception {
        // the same neutral wordings are praise when the tone is positive and complaints when it is negative
        String[] texts = {"the parcel came on Tuesday", "my order is here", "the engineer came by this morning",
                "the new version is out", "I got the reply from the bank", "the driver left it at the door"};
        List<LabelledPost> posts = new ArrayList<>();
        List<SentimentResult> tones = new ArrayList<>();
        for (int copy = 0; copy < 4; copy++) {
            for (String text : texts) {
                posts.add(new LabelledPost(Intent.PRAISE, "en", text, "fixture"));
                tones.add(new SentimentResult(Sentiment.POSITIVE, 0.9, List.of()));
                posts.add(new LabelledPost(Intent.COMPLAINT, "en", text, "fixture"));
                tones.add(new SentimentResult(Sentiment.NEGATIVE, 0.9, List.of()));
            }
        }
        FeatureSpec spec = new FeatureSpec(12, 3, 5, 0.3f, 2f, 2f);
        List<FeatureBuffer.Vector> vectors = Vectoriser.vectorise(posts, new FeatureExtractor(spec), tones);
        float[][] fitted = SoftmaxSgd.fit(vectors, IntentTrainer.labels(posts), spec.dimension(),
                new SoftmaxSgd.Settings(20, 2.0, 1e-6), 7L);
        IntentModel model = new IntentModel(spec, fitted[0], fitted[1], CueMatcher.defaultMatcher().fingerprint(), "tone fixture");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        IntentModel reread = IntentModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(reread.spec()).isEqualTo(spec);

        IntentClassifier classifier = new IntentClassifier(reread);
        String unseen = "the box arrived on Friday";
        assertThat(classifier.classify(unseen, "en", Sentiment.POSITIVE, 0.9).intent()).isEqualTo(Intent.PRAISE);
        assertThat(classifier.classify(unseen, "en", Sentiment.NEGATIVE, 0.9).intent()).isEqualTo(Intent.COMPLAINT);
    }

    @Test
    void aSpecWithoutToneSurvivesTheFileAsZero() throws Exception {
        FeatureSpec spec = new FeatureSpec(10, 3, 5, 0.5f, 2f);
        IntentModel model = new IntentModel(spec, new float[spec.dimension() * IntentModel.INTENTS.length],
                new float[IntentModel.INTENTS.length], 0L, "empty");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        assertThat(IntentModel.read(new ByteArrayInputStream(bytes.toByteArray())).spec().toneWeight()).isZero();
    }

    @Test
    void balancedClassWeightsGiveEveryPresentClassTheSameTotal() {
        int[] labels = {0, 0, 0, 0, 0, 0, 2, 2, 5};
        double[] w = SoftmaxSgd.classWeights(labels, IntentModel.INTENTS.length, true);
        assertThat(6 * w[0]).isCloseTo(2 * w[2], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(2 * w[2]).isCloseTo(1 * w[5], org.assertj.core.data.Offset.offset(1e-9));
        assertThat(6 * w[0]).isCloseTo(labels.length / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(w[1]).isEqualTo(1.0);
        assertThat(SoftmaxSgd.classWeights(labels, IntentModel.INTENTS.length, false)).containsOnly(1.0);
    }

    @Test
    void crossValidationFoldsKeepCorrectionsOnTheTrainingSideAndSpreadBrandPosts() {
        List<LabelledPost> posts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            posts.add(new LabelledPost(Intent.PRAISE, "en", "post " + i, "dataset"));
        }
        for (int i = 0; i < 3; i++) {
            posts.add(new LabelledPost(Intent.PRAISE, "en", "correction " + i, "correction"));
        }
        for (int i = 0; i < 5; i++) {
            posts.add(new LabelledPost(Intent.PRAISE, "en", "brand " + i, "brand"));
        }
        int[] fold = CrossValidation.assignFolds(posts, 10, 13, 5);
        assertThat(java.util.Arrays.copyOfRange(fold, 10, 13)).containsOnly(-1);
        assertThat(java.util.Arrays.copyOfRange(fold, 13, 18)).containsExactlyInAnyOrder(0, 1, 2, 3, 4);
    }

    @Test
    void withoutAGivenToneTheShippedModelReadsItWithTheShippedSentimentModel() {
        IntentClassifier shipped = IntentClassifier.loadDefault();
        org.comptoir.enrich.sentiment.SentimentClassifier sentiment = org.comptoir.enrich.sentiment.SentimentClassifier.loadDefault();
        assertThat(shipped.classify("x", "en").intent()).isNotNull();
        for (String text : new String[] {"colis jamais reçu, service client injoignable, toujours pas remboursé",
                "this game is a gem, still hooked after all these weeks"}) {
            SentimentResult tone = sentiment.classify(text, text.startsWith("colis") ? "fr" : "en");
            String lang = text.startsWith("colis") ? "fr" : "en";
            IntentResult alone = shipped.classify(text, lang);
            IntentResult given = shipped.classify(text, lang, tone.sentiment(), tone.confidence());
            assertThat(alone.intent()).as(text).isEqualTo(given.intent());
            assertThat(alone.confidence()).as(text).isEqualTo(given.confidence());
        }
        // and the tone matters: the same words with the opposite tone are read differently
        IntentResult negative = shipped.classify("the parcel came today", "en", Sentiment.NEGATIVE, 0.95);
        IntentResult positive = shipped.classify("the parcel came today", "en", Sentiment.POSITIVE, 0.95);
        assertThat(negative.complaint()).isGreaterThan(positive.complaint());
    }
}
