/**
 * Shared kernel: the records every feature speaks. No behaviour beyond validation and small
 * derivations lives here, and this package depends on nothing else in Comptoir.
 *
 * <ul>
 *   <li>{@link org.comptoir.post.Post}: any public item ingested (tweet, toot, comment, review, blog post).</li>
 *   <li>{@link org.comptoir.post.Author}: the public account that wrote a post (never a CRM contact).</li>
 *   <li>{@link org.comptoir.post.Network}: where a post was published.</li>
 *   <li>{@link org.comptoir.post.Analysis}: what enrichment understood of a post (language, sentiment, intent, evidence).</li>
 * </ul>
 */
package org.comptoir.post;
