/**
 * Bluesky sources through Jetstream: {@link org.comptoir.connector.bluesky.JetstreamConnector} keeps a WebSocket open
 * and resumes from {@code cursor=}; {@link org.comptoir.connector.bluesky.JetstreamFilter} drops, before decoding,
 * events no topic can match; {@link org.comptoir.connector.bluesky.JetstreamSettings}. Publishes no events.
 */
package org.comptoir.connector.bluesky;
