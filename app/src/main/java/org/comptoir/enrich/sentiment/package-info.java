/**
 * Explainable polarity of social posts (negative, neutral, positive) in any language, with French and
 * English first.
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.sentiment.SentimentClassifier}: {@code loadDefault()}, {@code load(Path)},
 *       {@code classify(text, lang)} giving a {@link org.comptoir.enrich.sentiment.SentimentResult}
 *       (polarity, probability, evidence words/emoji/rules in the post's own form).</li>
 *   <li>{@link org.comptoir.enrich.sentiment.SentimentTrainer}: trains a model from {@code *_train.tsv} corpora
 *       and user corrections; {@link org.comptoir.enrich.sentiment.TrainingReport} says what it used.</li>
 *   <li>{@link org.comptoir.enrich.sentiment.SentimentEvaluation}: scores a classifier on a labelled file
 *       ({@link org.comptoir.enrich.sentiment.EvaluationReport}: macro recall, macro F1, confusion matrix).</li>
 *   <li>{@link org.comptoir.enrich.sentiment.EvidenceAudit}: command-line count of the evidence shown and of
 *       where irony fires on labelled files.</li>
 * </ul>
 * Evidence keeps only tokens that pushed the decision above the runner-up class and that a reader can take
 * as a reason (no function words, plain punctuation, numbers, handles or names; package-private
 * {@code Explanation}, {@code EvidenceWords}). Common French and English sarcasm ({@code merci pour rien},
 * {@code Bravo, encore une panne}, {@code great job, another outage}) is found by rules ({@code Irony}) that
 * turn the decision negative and say so first in the evidence ({@code ironie : merci pour rien}).
 * The model is a multinomial logistic regression over hashed features (word uni/bigrams with negation
 * scopes, character n-grams, lexicon polarity, shape flags, each also conjoined with the language),
 * trained by AdaGrad in plain Java and stored as a small versioned binary resource
 * ({@code sentiment-model.bin}) with the lexicons inside it. Tokens come from
 * {@link org.comptoir.enrich.text.SocialTokenizer}.
 */
package org.comptoir.enrich.sentiment;
