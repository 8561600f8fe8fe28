/**
 * Enrichment: what Comptoir understands of each post, with the evidence for it.
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.Enricher}: the pipeline stage; gives each post its {@link org.comptoir.post.Analysis}.</li>
 *   <li>{@link org.comptoir.enrich.PostAnalyser}: language + sentiment + intent of one text (also behind {@code comptoir analyze}).</li>
 *   <li>{@code language}, {@code sentiment}, {@code intent}: the models, their training and evaluation code.</li>
 *   <li>{@code text}: the social-text tokenizer the models share.</li>
 * </ul>
 */
package org.comptoir.enrich;
