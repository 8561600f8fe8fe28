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
 * <p>Routing ({@link org.comptoir.inbox.Routing}): ordered rules applied as conversations open, with a dry-run over
 * the existing ones ({@code /api/v1/routing/rules}, page {@code /routing}). Response targets
 * ({@link org.comptoir.inbox.ResponseTargets}): deadlines per priority in the business hours of the conversation's
 * {@code team.Team} or the workspace, stopped while a conversation is snoozed ({@link org.comptoir.inbox.PausedClock}),
 * the {@code breach=} filter and {@code /api/v1/inbox/metrics}. Rules and teams as the API and the CLI write them:
 * {@link org.comptoir.inbox.RoutingJson}.
 *
 * <p>Live presence ({@link org.comptoir.inbox.presence}): who is viewing or typing in a conversation, streamed to the
 * pages open on it; {@link org.comptoir.inbox.Inbox#reply} refuses a reply with {@link org.comptoir.inbox.TypingMeanwhile}
 * while someone else types there, as with {@link org.comptoir.inbox.AnsweredMeanwhile} once someone answered.
 *
 * <p>Listens to {@code pipeline.PostsIndexed} and its own {@link org.comptoir.inbox.ConversationsOpened}. Publishes
 * {@link org.comptoir.inbox.ConversationUpdated}, {@link org.comptoir.inbox.NoteAdded},
 * {@link org.comptoir.inbox.ReplyQueued} and {@link org.comptoir.inbox.ConversationsOpened}.
 */
package org.comptoir.inbox;
