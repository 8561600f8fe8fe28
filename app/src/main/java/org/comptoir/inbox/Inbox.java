package org.comptoir.inbox;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import org.comptoir.account.Accounts;
import org.comptoir.account.Role;
import org.comptoir.events.Actor;
import org.comptoir.events.Events;
import org.comptoir.inbox.reply.Reply;
import org.comptoir.inbox.reply.ReplyDispatcher;
import org.comptoir.inbox.reply.ReplyFailed;
import org.comptoir.inbox.reply.ReplyQueue;
import org.comptoir.inbox.reply.ReplySent;
import org.comptoir.pipeline.Pipelines;
import org.comptoir.pipeline.PostsIndexed;
import org.comptoir.query.QueryParser;
import org.comptoir.query.QuerySyntaxException;
import org.comptoir.store.PostIndex;
import org.comptoir.store.PostQuery;
import org.comptoir.store.StoredPost;

/**
 * The shared inbox of each workspace: conversations opened and joined by new posts ({@link PostsIndexed}, or
 * {@link #backfill} for posts stored before), listed with filters, changed (status, priority, team, assignee, tags),
 * annotated with notes and answered through the reply queue. Every change lands in the conversation's timeline
 * with who and when, and is published ({@link ConversationUpdated}, {@link NoteAdded}, {@link ReplyQueued}).
 */
public final class Inbox {
    private final ConversationRepository conversations;
    private final ReplyQueue replies;
    private final ReplyDispatcher dispatcher;
    private final Pipelines pipelines;
    private final Accounts accounts;
    private final Threader threader;
    private final Events events;
    private final Clock clock;
    private final ResponseTargets targets;
    private final org.comptoir.inbox.presence.Presence presence;

    public Inbox(ConversationRepository conversations, ReplyQueue replies, ReplyDispatcher dispatcher, Pipelines pipelines,
                 Accounts accounts, Function<String, Set<String>> ownHandles, Function<String, Set<String>> engageTopics,
                 Events events, InboxConfig config, Clock clock, ResponseTargets targets) {
        this.targets = targets;
        this.conversations = conversations;
        this.replies = replies;
        this.dispatcher = dispatcher;
        this.pipelines = pipelines;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
        this.presence = new org.comptoir.inbox.presence.Presence(clock);
        this.threader = new Threader(conversations, ownHandles, engageTopics,
                (ws, id) -> pipelines.get(ws).index().get(id).map(StoredPost::post), config, clock);
        events.subscribe(PostsIndexed.class, e -> thread(e.workspace(), e.posts()));
        events.subscribe(ReplySent.class, this::replySent);
        events.subscribe(ReplyFailed.class, e -> timelineEvent(e.workspace(), e.conversationId(), "system",
                "reply " + e.replyId() + " failed: " + e.error()));
    }

    /** A page of the inbox. */
    public record Page(long total, List<Conversation> conversations) {
    }

    /** A conversation with its timeline, its replies and whether Comptoir can answer on its network. */
    public record Detail(Conversation conversation, List<TimelineItem> timeline, List<Reply> replies, boolean canReply) {
        /** The newest timeline item's id (what the agent has seen when the page was drawn), 0 for none. */
        public long lastItemId() {
            return timeline.stream().mapToLong(TimelineItem::id).max().orElse(0);
        }

        /** Whether a reply is still on its way (the page then polls the replies panel). */
        public boolean sending() {
            return replies.stream().anyMatch(r -> r.state() == Reply.State.QUEUED || r.state() == Reply.State.SENDING);
        }
    }

    /** Threads every stored post of the workspace (oldest first); safe to repeat. Returns the posts newly threaded. */
    public int backfill(String workspace) {
        List<StoredPost> all = new ArrayList<>();
        pipelines.get(workspace).index().forEach(PostQuery.all(), all::add);
        all.sort(Comparator.comparing((StoredPost p) -> p.post().createdAt()));
        int threaded = 0;
        for (int start = 0; start < all.size(); start += 4_000) {
            threaded += thread(workspace, all.subList(start, Math.min(all.size(), start + 4_000)));
        }
        return threaded;
    }

    /** Threads a batch, then says which conversations it opened (routing listens), once they are committed. */
    private int thread(String workspace, List<StoredPost> posts) {
        Threader.Threaded done = threader.thread(workspace, posts);
        if (!done.opened().isEmpty()) {
            events.publish(new ConversationsOpened(workspace, done.opened()));
        }
        return done.posts();
    }

    /**
     * Resolves the open and pending conversations with no message since {@code before}, saying why in their timeline
     * (the demo workspace's history: its older threads were dealt with). Returns how many.
     */
    public int resolveInactiveBefore(String workspace, java.time.Instant before, String reason) {
        return conversations.resolveInactive(workspace, "'open', 'pending'", before, reason);
    }

    /** How many conversations the workspace has. */
    public long count(String workspace) {
        return conversations.count(workspace, "", List.of());
    }

    public Page list(String workspace, InboxQuery query) throws QuerySyntaxException {
        conversations.wake(workspace, clock.instant());
        List<Object> params = InboxQuery.params();
        String where = query.where(params);
        if (query.q() != null) {
            PostIndex index = pipelines.get(workspace).index();
            Set<String> posts = new LinkedHashSet<>();
            index.forEach(PostQuery.of(QueryParser.parse(query.q())), p -> posts.add(p.post().id()));
            Set<Long> ids = new LinkedHashSet<>(conversations.conversationsOf(workspace, posts).values());
            where += ids.isEmpty() ? " and 1 = 0" : " and id in (" + String.join(", ", ids.stream().map(String::valueOf).toList()) + ")";
        }
        if (query.breach() != null) {
            where += inState(workspace, where, params, query.breach());
        }
        return new Page(conversations.count(workspace, where, params),
                conversations.list(workspace, where, params, query.limit(), query.offset()));
    }

    /** The condition keeping the unresolved conversations (among those {@code where} selects) whose deadline state is {@code state}. */
    private String inState(String workspace, String where, List<Object> params, Deadline.State state) {
        List<Conversation> candidates = conversations.all(workspace, where + " and status <> 'resolved'", params);
        Map<Long, Deadline> deadlines = targets.deadlines(workspace, candidates);
        List<String> ids = candidates.stream().filter(c -> deadlines.get(c.id()).state() == state).map(c -> String.valueOf(c.id())).toList();
        return ids.isEmpty() ? " and 1 = 0" : " and id in (" + String.join(", ", ids) + ")";
    }

    /** Response-time figures of the conversations opened in {@code [from, to)} (docs/inbox.md, "Response targets"). */
    public Map<String, Object> metrics(String workspace, java.time.Instant from, java.time.Instant to) {
        return InboxMetrics.compute(openedBetween(workspace, from, to), targets.calculator(workspace), from, to, clock.instant());
    }

    /** The workspace's business hours and response targets. */
    public ResponseTargets targets() {
        return targets;
    }

    /** Each conversation's deadlines against the workspace's response targets. */
    public Map<Long, Deadline> deadlines(String workspace, List<Conversation> list) {
        return targets.deadlines(workspace, list);
    }

    /** The conversations opened in {@code [from, to)}, oldest first (metrics, routing's dry-run). */
    public List<Conversation> openedBetween(String workspace, java.time.Instant from, java.time.Instant to) {
        List<Object> params = InboxQuery.params();
        params.add(ConversationRepository.ts(from));
        params.add(ConversationRepository.ts(to));
        return conversations.all(workspace, " and opened_at >= ? and opened_at < ?", params);
    }

    public Detail get(String workspace, long id) {
        conversations.wake(workspace, clock.instant());
        Conversation c = find(workspace, id);
        return new Detail(c, conversations.timeline(workspace, id), replies.ofConversation(workspace, id),
                dispatcher.canSend(workspace, c.network()));
    }

    /** Who is viewing or typing in the conversations, live (this process's pages). */
    public org.comptoir.inbox.presence.Presence presence() {
        return presence;
    }

    /** The conversation without its timeline; {@link NoSuchElementException} when the workspace has none with this id. */
    public Conversation conversation(String workspace, long id) {
        return find(workspace, id);
    }

    private Conversation find(String workspace, long id) {
        return conversations.find(workspace, id).orElseThrow(() -> new NoSuchElementException("no conversation " + id));
    }

    /** Applies a change; returns the conversation as it now is. */
    public Conversation update(String workspace, long id, ConversationChange change) {
        if ("me".equalsIgnoreCase(change.assignee())) {
            change = new ConversationChange(change.status(), change.snoozedUntil(), change.priority(), change.team(),
                    Actor.current().name(), change.tags(), change.answered());
        }
        return new Changes(conversations, accounts, clock).apply(find(workspace, id), change, Actor.current().name(),
                (detail) -> {
                    timelineEvent(workspace, id, Actor.current().name(), detail);
                    events.publish(new ConversationUpdated(workspace, id, detail));
                });
    }

    public TimelineItem note(String workspace, long id, String text) {
        find(workspace, id);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a note needs a text");
        }
        if (text.length() > 10_000) {
            throw new IllegalArgumentException("a note has at most 10,000 characters");
        }
        String author = Actor.current().name();
        conversations.addItem(workspace, id, TimelineItem.Kind.NOTE, null, author, null, text.strip(), null, clock.instant());
        events.publish(new NoteAdded(workspace, id, author));
        List<TimelineItem> timeline = conversations.timeline(workspace, id);
        return timeline.get(timeline.size() - 1);
    }

    /**
     * Queues a reply to the conversation's latest incoming post (or {@code inReplyTo}, a post of its timeline); the
     * conversation counts as answered at once and waits on the person (pending).
     */
    public Reply reply(String workspace, long id, String text, String inReplyTo) {
        return reply(workspace, id, text, inReplyTo, null);
    }

    /**
     * Like {@link #reply(String, long, String, String)}, guarding against a second answer: when {@code seenUpTo} (the
     * last timeline item the agent saw) is given and an answer was added after it, throws {@link AnsweredMeanwhile};
     * when someone else is typing a reply in it right now (live presence), throws {@link TypingMeanwhile}.
     */
    public Reply reply(String workspace, long id, String text, String inReplyTo, Long seenUpTo) {
        Conversation c = find(workspace, id);
        if (seenUpTo != null) {
            conversations.timeline(workspace, id).stream()
                    .filter(i -> i.id() > seenUpTo && i.kind() == TimelineItem.Kind.OUTGOING).findFirst()
                    .ifPresent(other -> {
                        throw new AnsweredMeanwhile(other);
                    });
            List<String> typing = presence.typing(workspace, id, Actor.current().name());
            if (!typing.isEmpty()) {
                throw new TypingMeanwhile(typing);
            }
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a reply needs a text");
        }
        if (text.length() > 5_000) {
            throw new IllegalArgumentException("a reply has at most 5,000 characters");
        }
        List<TimelineItem> timeline = conversations.timeline(workspace, id);
        String target = inReplyTo != null && !inReplyTo.isBlank() ? inReplyTo : timeline.stream()
                .filter(i -> i.kind() == TimelineItem.Kind.INCOMING && i.postId() != null)
                .reduce((a, b) -> b).map(TimelineItem::postId).orElse(c.rootPost());
        if (timeline.stream().noneMatch(i -> target.equals(i.postId()))) {
            throw new IllegalArgumentException("post '" + target + "' is not in conversation " + id);
        }
        String author = Actor.current().name();
        conversations.addItem(workspace, id, TimelineItem.Kind.OUTGOING, null, author, null, text.strip(), null, clock.instant());
        List<TimelineItem> now = conversations.timeline(workspace, id);
        long message = now.get(now.size() - 1).id();
        Reply reply = replies.enqueue(workspace, id, message, c.network(), target, text.strip(), author, clock.instant());
        new Changes(conversations, accounts, clock).answered(find(workspace, id));
        events.publish(new ReplyQueued(workspace, id, reply.id(), c.network(), author));
        return reply;
    }

    /** Sends the replies due now in this process (the CLI's way; the server's dispatcher does it every few seconds). */
    public int sendDueReplies() {
        return dispatcher.sendDue();
    }

    private void replySent(ReplySent sent) {
        conversations.markSent(sent.workspace(), sent.messageId(), sent.remoteId(), sent.url());
    }

    private void timelineEvent(String workspace, long id, String who, String detail) {
        conversations.addItem(workspace, id, TimelineItem.Kind.EVENT, null, who, null, detail, null, clock.instant());
    }

    /** The users who may be assigned the workspace's conversations (agents, managers and admins there), by name. */
    public List<String> agents(String workspace) {
        return accounts.members(workspace).entrySet().stream().filter(e -> e.getValue().includes(Role.AGENT))
                .map(java.util.Map.Entry::getKey).sorted().toList();
    }

    /** Whether {@code user} may be assigned conversations of the workspace (an agent or above there). */
    static boolean isAgent(Accounts accounts, String workspace, String user) {
        return accounts.roleIn(user, workspace).map(r -> r.includes(Role.AGENT)).orElse(false);
    }
}
