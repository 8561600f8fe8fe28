/**
 * Evaluation of what Comptoir understands of posts, behind {@code comptoir eval sentiment|intent|complaint FILE}.
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.brand.BrandPosts}: reads labelled files, brand-directed
 *       ({@code lang, sentiment, intent, complaint, text}) or research corpora ({@code sentiment, text}).</li>
 *   <li>{@link org.comptoir.enrich.evaluation.Evaluator}: runs the full {@link org.comptoir.enrich.PostAnalyser}
 *       over them for one task and fills {@link org.comptoir.enrich.evaluation.Scores} (macro-F1, macro-recall,
 *       per-class precision/recall, confusion matrix) and its {@link org.comptoir.enrich.evaluation.Calibration}
 *       (reliability curve, expected calibration error).</li>
 * </ul>
 * The brand-directed evaluation set itself lives outside the application, in {@code eval/brand-directed/}.
 */
package org.comptoir.enrich.evaluation;
