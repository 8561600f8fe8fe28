/**
 * Topics: a workspace's saved boolean queries (brand, competitors, campaigns) and matching posts
 * against them.
 *
 * <ul>
 *   <li>{@link org.comptoir.topic.TopicCatalog}: save, remove, list and lint topics (use cases).</li>
 *   <li>{@link org.comptoir.topic.TopicMatcher}: matches batches of posts against all topics of a
 *       workspace with Lucene Monitor (the only package that imports {@code org.apache.lucene.monitor}).</li>
 *   <li>{@link org.comptoir.topic.TopicRepository}: topics in SQL.</li>
 * </ul>
 * Events: {@link org.comptoir.topic.TopicSaved} and
 * {@link org.comptoir.topic.TopicRemoved}, published through {@code events.Events}: the pipeline backfills
 * mentions, the audit log records them.
 */
package org.comptoir.topic;
