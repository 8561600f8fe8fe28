/**
 * Lucene building blocks for keeping and matching posts: analysis, the post document and the
 * translation of topic queries. The index ({@code LucenePostIndex}) and the topic matcher (Lucene
 * Monitor) both use these, so a post is analysed the same way when it is matched and when it is searched.
 *
 * <ul>
 *   <li>{@link org.comptoir.store.lucene.PostAnalyzers#analyzer()}: the one per-field analyzer.</li>
 *   <li>{@link org.comptoir.store.lucene.SocialTokenizer}: words, #hashtags, @handles (also
 *       {@code @user@instance.tld}), URLs and emoji sequences as tokens; apostrophes kept inside words.</li>
 *   <li>{@link org.comptoir.store.lucene.TagWordFilter}: a hashtag or handle also gives its bare word.</li>
 *   <li>{@link org.comptoir.store.lucene.PostFields}: field names and which field a language goes to.</li>
 *   <li>{@link org.comptoir.store.lucene.PostDocuments}: post to reusable Document and back
 *       ({@link org.comptoir.store.StoredPost}).</li>
 *   <li>{@link org.comptoir.store.lucene.LuceneQueryTranslator}: {@link org.comptoir.query.QueryNode}
 *       to a plain Lucene query that Monitor's presearcher understands.</li>
 * </ul>
 */
package org.comptoir.store.lucene;
