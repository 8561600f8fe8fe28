/**
 * Intent detection for brand-directed posts: what does the author want from the brand?
 * One of {@link org.comptoir.post.Intent}: complaint, question, praise, purchase_intent, churn_risk,
 * other, in French and English, every decision explained.
 *
 * <p>Public types:
 * <ul>
 *   <li>{@link org.comptoir.enrich.intent.IntentClassifier}: {@code loadDefault()} (the shipped
 *       {@code intent-model.bin}) and {@code classify(text, lang)} → {@link org.comptoir.enrich.intent.IntentResult}
 *       (intent, confidence, evidence such as {@code résilier}, {@code question mark}, {@code sarcasm}, and the
 *       calibrated probability that the post is a complaint, from the model's {@code ComplaintHead}), or
 *       {@code classify(text, lang, tone, toneConfidence)} with the sentiment already computed (ADR 0025: the
 *       shipped model reads the tone; without it, {@code classify(text, lang)} reads it with the shipped
 *       sentiment model).</li>
 *   <li>{@link org.comptoir.enrich.intent.IntentTrainer}: {@code trainAndEvaluate(dataset, outModel, corrections[, brandFiles, sentimentClassifier])}
 *       → {@link org.comptoir.enrich.intent.IntentReport} of {@link org.comptoir.enrich.intent.IntentScores}
 *       (precision, recall, F1 per intent and language on a fixed held-out part).</li>
 * </ul>
 *
 * <p>How: a self-contained normaliser/tokeniser ({@code IntentTokeniser}), French/English cue patterns
 * ({@code intent-cues.txt}, matched by {@code CueMatcher}), hashed word, word-pair and character n-gram
 * features plus one feature per fired cue family and one for the sentiment model's tone ({@code FeatureExtractor}),
 * and a multinomial logistic
 * regression trained by plain SGD ({@code SoftmaxSgd}) and tuned by cross-validation inside the training part;
 * a binary head over the same features, Platt-calibrated on cross-validated scores ({@code ComplaintTrainer}),
 * says whether the post is a complaint.
 * The labelled data ({@code intent-dataset.tsv}) and its annotation guide live beside the model in resources.
 * This package publishes no events.
 */
package org.comptoir.enrich.intent;
