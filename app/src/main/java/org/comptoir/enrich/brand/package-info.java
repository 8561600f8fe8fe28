/**
 * Brand-directed labelled posts: what customers write to brands, labelled for sentiment, intent and
 * complaint ({@link org.comptoir.enrich.brand.BrandPost}, read by {@link org.comptoir.enrich.brand.BrandPosts}).
 * The training file {@code brand-train.tsv} (resources, beside this package) feeds the sentiment, intent
 * and complaint trainers; the evaluation set lives outside the application in {@code eval/brand-directed/}
 * and is never read by a trainer.
 */
package org.comptoir.enrich.brand;
