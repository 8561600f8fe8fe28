/**
 * X (Twitter) API v2 pages: {@link org.comptoir.ingest.format.x.XApiReader} reads pages (single, array or one
 * per line) and maps each tweet of {@code data} with the page's {@code includes.users} to a post; a tweet without
 * {@code created_at} gets the time its id encodes ({@link org.comptoir.ingest.format.x.Snowflake}), marked in raw.
 */
package org.comptoir.ingest.format.x;
