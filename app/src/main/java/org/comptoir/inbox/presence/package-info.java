/**
 * Who is looking at a conversation right now: agents' pages say every few seconds that they are viewing or typing a
 * reply ({@link org.comptoir.inbox.presence.Presence}, in memory, each state expiring unless renewed), and every page
 * open on the conversation hears the others over server-sent events
 * ({@link org.comptoir.inbox.presence.PresenceStreams}, {@code GET /api/v1/conversations/{id}/presence}), as well as
 * a reply queued meanwhile. The inbox's collision guard reads the same live state before a second reply (ADR 0023).
 */
package org.comptoir.inbox.presence;
