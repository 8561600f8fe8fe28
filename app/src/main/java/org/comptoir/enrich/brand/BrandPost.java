package org.comptoir.enrich.brand;

import org.comptoir.post.Intent;
import org.comptoir.post.Sentiment;

/**
 * One labelled post of an evaluation or training file. {@code intent} is null and {@code complaint} is
 * null when the file carries sentiment labels only ({@code label<TAB>text}); {@code lang} is null when
 * the file does not say it.
 */
public record BrandPost(String lang, Sentiment sentiment, Intent intent, Boolean complaint, String text) {
}
