/**
 * Tokenisation of social text, shared by the enrichment models.
 *
 * <ul>
 *   <li>{@link org.comptoir.enrich.text.SocialTokenizer}: splits a post into {@link org.comptoir.enrich.text.Token}s
 *       (links, handles, hashtags and their camel-case words, emoji sequences, emoticons, elided French
 *       articles, punctuation runs) and marks negation scopes per language.</li>
 *   <li>{@link org.comptoir.enrich.text.Token} and {@link org.comptoir.enrich.text.TokenType}: one unit, with its
 *       surface form, its feature form, and its negation and elongation flags.</li>
 *   <li>{@link org.comptoir.enrich.text.TextFolding}: the feature form of a word (lower case, folded Latin accents,
 *       squeezed elongations).</li>
 * </ul>
 * Texts are first decoded from literal JSON escapes and HTML entities, as some tweet corpora keep them.
 */
package org.comptoir.enrich.text;
