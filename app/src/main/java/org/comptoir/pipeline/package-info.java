/**
 * The pipeline: de-duplicate, enrich, match topics and index, as one function per batch
 * ({@link org.comptoir.pipeline.Pipeline#process}); {@link org.comptoir.pipeline.Pipelines} keeps one per
 * workspace and re-matches stored posts when a topic is saved or removed.
 * <p>
 * Publishes {@link org.comptoir.pipeline.PostsIndexed} after each commit, with the new posts it made durable.
 */
package org.comptoir.pipeline;
