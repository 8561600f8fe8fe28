/**
 * Topics: a workspace's saved boolean queries (brand, competitors, campaigns) and matching posts
 * against them.
 *
 * <ul>
 *   <li>{@link org.comptoir.topic.TopicCatalog}: save, remove, list and lint topics (use cases).</li>
 *   <li>{@link org.comptoir.topic.TopicMatcher}: matches batches of posts against all topics of a
 *       workspace with Lucene Monitor (the only package that imports {@code org.apache.lucene.monitor}).</li>
 *   <li>{@link org.comptoir.topic.TopicRepository}: topics in SQL (kind, engage, last change author: V4).</li>
 *   <li>The topics page ({@code TopicController}, {@code /topics}): {@link org.comptoir.topic.TopicLint} (the error
 *       and its column, {@code query.QueryHints}), {@link org.comptoir.topic.TopicPreview} (a draft tested against
 *       stored posts, matched words as {@link org.comptoir.topic.TextSegments}), {@link org.comptoir.topic.TopicSaves}
 *       (saves whose backfill runs in the background) and {@link org.comptoir.topic.TopicFile} (JSON/CSV topic files).</li>
 *   <li>{@link org.comptoir.topic.StoredPosts}: the port through which topics read stored posts (the pipeline implements it).</li>
 * </ul>
 * Events: {@link org.comptoir.topic.TopicSaved} and
 * {@link org.comptoir.topic.TopicRemoved}, published through {@code events.Events}: the pipeline backfills
 * mentions, the audit log records them.
 */
package org.comptoir.topic;
