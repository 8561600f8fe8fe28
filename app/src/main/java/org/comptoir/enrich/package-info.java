/**
 * Enrichment: what Comptoir understands of each post, with the evidence for it.
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.Enricher}: the pipeline stage; gives each post its {@link org.comptoir.post.Analysis}.</li>
 *   <li>{@link org.comptoir.enrich.PostAnalyser}: language + sentiment + intent + complaint of one text
 *       ({@link org.comptoir.enrich.Understanding}; also behind {@code comptoir analyze}), the models joined by the
 *       agreement rules of {@code Agreement} (ADR 0014).</li>
 *   <li>{@code language}, {@code sentiment}, {@code intent}: the models, their training and evaluation code;
 *       the intent model carries the complaint detector (ADR 0015).</li>
 *   <li>{@code brand}: brand-directed labelled posts and their training file; {@code evaluation}: what
 *       {@code comptoir eval} scores (per-class figures, confusion matrix, calibration).</li>
 *   <li>{@code text}: the social-text tokenizer the models share.</li>
 * </ul>
 */
package org.comptoir.enrich;
