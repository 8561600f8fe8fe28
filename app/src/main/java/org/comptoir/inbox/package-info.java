/**
 * The shared inbox: posts become conversations ({@link org.comptoir.inbox.Threader}: a post mentioning or answering
 * the workspace's own accounts, or matching a topic marked engage, opens one; the {@code in_reply_to} chain and the
 * author's posts within a window join it; the own accounts' posts join as outgoing messages). A conversation has a
 * status, priority, team, assignee, tags, notes and a timeline; agents answer through the reply queue of
 * {@link org.comptoir.inbox.reply}.
 *
 * <p>Public types: {@link org.comptoir.inbox.Inbox} (the use cases: list, get, update, note, reply, backfill),
 * {@link org.comptoir.inbox.Conversation}, {@link org.comptoir.inbox.TimelineItem},
 * {@link org.comptoir.inbox.InboxQuery}, {@link org.comptoir.inbox.ConversationChange},
 * {@link org.comptoir.inbox.InboxViews} (the JSON shape shared by the API and the CLI); the API
 * ({@code /api/v1/conversations}) and the pages ({@code /inbox}, {@code /inbox/{id}}).
 *
 * <p>Listens to {@code pipeline.PostsIndexed}. Publishes {@link org.comptoir.inbox.ConversationUpdated},
 * {@link org.comptoir.inbox.NoteAdded} and {@link org.comptoir.inbox.ReplyQueued}.
 */
package org.comptoir.inbox;
