/**
 * Bluesky Jetstream: {@link org.comptoir.ingest.format.jetstream.JetstreamReader} reads recorded Jetstream
 * events (JSON lines) and imports the created posts, skipping events that are not posts.
 */
package org.comptoir.ingest.format.jetstream;
